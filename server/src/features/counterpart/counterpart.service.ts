import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { RoleAssignment, type RoleKey } from '../role-assignment/role-assignment.entity.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import type { CounterpartArgs } from './counterpart.inputs.js';
import type { Counterpart, CounterpartReason } from './counterpart.types.js';

/** One tier of the ranking: which assignments qualify, for a target place. Bind: role (when 'same'), place. */
interface Tier {
  reason: CounterpartReason;
  role: 'same' | RoleKey;
  level: 'LOCAL' | 'NATIONAL';
  place: 'municipality' | 'country';
  /** The national coordinator stands in only where the municipality has no contact point of its own. */
  unlessMunicipalContactPoint?: boolean;
}

const FOR_MUNICIPALITY: Tier[] = [
  { reason: 'SAME_ROLE_HERE', role: 'same', level: 'LOCAL', place: 'municipality' },
  { reason: 'SAME_ROLE_NATIONAL', role: 'same', level: 'NATIONAL', place: 'country' },
  { reason: 'CONTACT_POINT', role: 'MUNICIPAL_CONTACT_POINT', level: 'LOCAL', place: 'municipality' },
  { reason: 'CONTACT_POINT', role: 'NATIONAL_COORDINATOR', level: 'NATIONAL', place: 'country', unlessMunicipalContactPoint: true },
];

const FOR_COUNTRY: Tier[] = [
  { reason: 'SAME_ROLE_HERE', role: 'same', level: 'NATIONAL', place: 'country' },
  { reason: 'SAME_ROLE_IN_MUNICIPALITY', role: 'same', level: 'LOCAL', place: 'country' },
  { reason: 'CONTACT_POINT', role: 'NATIONAL_COORDINATOR', level: 'NATIONAL', place: 'country' },
];

interface Target {
  municipalityId: string | null;
  countryCode: string;
}

/**
 * Experts holding the same role near a place, best tier first, then those available for consultation, then
 * by name; each expert once, at their best tier. One statement for the ranking (plus one to find the
 * municipality's country); the experts themselves load in one batch through the ORM dataloader.
 */
export async function findCounterparts(em: Em, args: CounterpartArgs): Promise<Counterpart[]> {
  const target = await resolveTarget(em, args);
  if (!target) return [];
  const tiers = target.municipalityId ? FOR_MUNICIPALITY : FOR_COUNTRY;
  const arms = tiers.map((tier, index) => tierSql(tier, index, args.role, target));
  const rows = await em.getConnection().execute<(Record<string, unknown> & { tier: number })[]>(
    `select best.* from (
       select distinct on (c.expert_id) c.* from (${arms.map((a) => a.sql).join('\nunion all\n')}) c
       order by c.expert_id, c.tier, c.id
     ) best join expert e on e.id = best.expert_id
     order by best.tier, e.available_for_consultation desc, e.full_name, e.id
     limit ?`,
    [...arms.flatMap((a) => a.params), args.first],
  );
  return rows.map(({ tier, ...assignment }) => ({ reason: tiers[tier]!.reason, roleAssignment: em.map(RoleAssignment, assignment) }));
}

function tierSql(tier: Tier, index: number, role: RoleKey, target: Target): { sql: string; params: unknown[] } {
  const place = tier.place === 'municipality' ? target.municipalityId : target.countryCode;
  const params: unknown[] = [tier.role === 'same' ? role : tier.role, tier.level, place];
  let sql = `select r.*, ${index} as tier from role_assignment r
    where r.role = ? and r.level = ? and r.${tier.place === 'municipality' ? 'municipality_id' : 'country_code'} = ? and ${currentRoleSql('r')}`;
  if (tier.unlessMunicipalContactPoint) {
    sql += ` and not exists (select 1 from role_assignment p where p.role = 'MUNICIPAL_CONTACT_POINT' and p.level = 'LOCAL'
      and p.municipality_id = ? and ${currentRoleSql('p')})`;
    params.push(target.municipalityId);
  }
  return { sql, params };
}

/** Exactly one place; a municipality must exist (an unknown one is the caller's mistake, not an empty region). */
async function resolveTarget(em: Em, args: CounterpartArgs): Promise<Target | null> {
  if (args.countryCode && args.municipalityId) {
    throw BadUserInput.field('municipalityId', 'Give either countryCode or municipalityId, not both');
  }
  if (args.countryCode) return { municipalityId: null, countryCode: parseCountryCode(args.countryCode, 'countryCode') };
  if (!args.municipalityId) throw BadUserInput.field('countryCode', 'Give countryCode or municipalityId');
  const municipality = await em.findOne(Municipality, { id: args.municipalityId.toLowerCase() });
  if (!municipality) throw BadUserInput.field('municipalityId', 'Unknown municipality');
  return { municipalityId: municipality.id, countryCode: municipality.country.unwrap().code };
}

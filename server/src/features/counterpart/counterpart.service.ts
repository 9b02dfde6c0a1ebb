import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode } from '../../core/ids.js';
import type { Level } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { recentlyConfirmedSql } from '../freshness/freshness.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import { countryJson, municipalityJson, type CountryView, type MunicipalityView } from '../scope/place.view.js';
import { Scope } from '../scope/scope.type.js';
import type { CounterpartArgs } from './counterpart.inputs.js';
import type { CounterpartReason, CounterpartView } from './counterpart.types.js';

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

interface RankedRow {
  tier: number;
  id: string;
  expert_id: string;
  role: RoleKey;
  responsibilities: string | null;
  starts_on: string | null;
  ends_on: string | null;
  level: Level;
  country_code: string | null;
  municipality_id: string | null;
  country: CountryView | null;
  municipality: MunicipalityView | null;
}

/**
 * Experts holding the same role near a place, best tier first, then those who confirmed their profile within the
 * last year (a stale entry may name someone who moved on), then those available for consultation, then by name; each expert once, at their best tier. One statement for the ranking with the assignments' places
 * (plus one to find the municipality's country); the assignments are plain objects and the experts load in one
 * batch from the directory's read model (the `expertById` loader).
 */
export async function findCounterparts(em: Em, args: CounterpartArgs): Promise<CounterpartView[]> {
  const target = await resolveTarget(em, args);
  if (!target) return [];
  const tiers = target.municipalityId ? FOR_MUNICIPALITY : FOR_COUNTRY;
  const arms = tiers.map((tier, index) => tierSql(tier, index, args.role, target));
  const rows = await em.execute<RankedRow[]>(
    `select best.tier, best.id, best.expert_id, best.role, best.responsibilities, best.starts_on::text as starts_on,
            best.ends_on::text as ends_on, best.level, best.country_code, best.municipality_id,
            ${countryJson('c')} as country, ${municipalityJson('m')} as municipality from (
       select distinct on (c.expert_id) c.* from (${arms.map((a) => a.sql).join('\nunion all\n')}) c
       order by c.expert_id, c.tier, c.id
     ) best join expert e on e.id = best.expert_id
       left join country c on c.code = best.country_code left join municipality m on m.id = best.municipality_id
     order by best.tier, ${recentlyConfirmedSql('e.last_confirmed_at')} desc, e.available_for_consultation desc, e.full_name, e.id
     limit ?`,
    [...arms.flatMap((a) => a.params), args.first],
  );
  return rows.map((row) => ({
    reason: tiers[row.tier]!.reason,
    expertId: row.expert_id,
    roleAssignment: {
      id: row.id,
      role: row.role,
      responsibilities: row.responsibilities,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      scope: new Scope(row.level, row.country_code?.trim() ?? null, row.municipality_id, {
        country: row.country,
        municipality: row.municipality,
      }),
    },
  }));
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
  const [municipality] = await em.execute<{ id: string; country_code: string }[]>(
    'select id, country_code from municipality where id = ?',
    [args.municipalityId.toLowerCase()],
  );
  if (!municipality) throw BadUserInput.field('municipalityId', 'Unknown municipality');
  return { municipalityId: municipality.id, countryCode: municipality.country_code.trim() };
}

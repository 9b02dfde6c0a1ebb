import type { Em } from '../../db/orm.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { recentlyConfirmedSql } from '../freshness/freshness.js';
import { currentRoleSql } from '../role-assignment/role-status.js';

const FRESH = recentlyConfirmedSql('last_confirmed_at');

/** What the network has in one municipality: the map's markers and the coverage view both start here. */
export interface MunicipalityPresence {
  municipality: Municipality;
  organisations: number;
  experts: number;
  /** Of those, the ones whose record was confirmed within the confirmation interval: entries to rely on first. */
  recentlyConfirmedOrganisations: number;
  recentlyConfirmedExperts: number;
  hasContactPoint: boolean;
}

interface PresenceRow extends Record<string, unknown> {
  organisations: number | string;
  experts: number | string;
  fresh_organisations: number | string;
  fresh_experts: number | string;
  has_contact_point: boolean;
}

/** Ended or not yet started assignments make nobody a contact point today. */
/**
 * Every municipality (of one country, if given), empty ones included, with its counts: one statement,
 * grouped in SQL, whatever the number of municipalities. `unlistedOrganisations` is false for anonymous
 * visitors, who may not learn that an unlisted shelter or police unit exists at all.
 */
export async function findMunicipalityPresence(
  em: Em,
  options: { countryCode: string | null; unlistedOrganisations: boolean },
): Promise<MunicipalityPresence[]> {
  const params: unknown[] = [options.unlistedOrganisations];
  if (options.countryCode) params.push(options.countryCode);
  const rows = await em.getConnection().execute<PresenceRow[]>(
    `select m.*, coalesce(o.n, 0) as organisations, coalesce(e.n, 0) as experts, coalesce(o.fresh, 0) as fresh_organisations,
            coalesce(e.fresh, 0) as fresh_experts, cp.municipality_id is not null as has_contact_point
     from municipality m
     left join (select municipality_id, count(*) as n, count(*) filter (where ${FRESH}) as fresh from organisation
                where municipality_id is not null and status = 'ACTIVE' and (publicly_listed or ?) group by municipality_id) o on o.municipality_id = m.id
     left join (select municipality_id, count(*) as n, count(*) filter (where ${FRESH}) as fresh from expert
                where municipality_id is not null group by municipality_id) e on e.municipality_id = m.id
     left join (select distinct r.municipality_id from role_assignment r
                where r.role = 'MUNICIPAL_CONTACT_POINT' and r.level = 'LOCAL' and ${currentRoleSql('r')}) cp on cp.municipality_id = m.id
     ${options.countryCode ? 'where m.country_code = ?' : ''}
     order by m.country_code, m.name, m.id`,
    params,
  );
  // search_names is generated for search and not mapped.
  return rows.map(
    ({ organisations, experts, fresh_organisations, fresh_experts, has_contact_point, search_names: _searchNames, ...municipality }) => ({
      municipality: em.map(Municipality, municipality),
      organisations: Number(organisations),
      experts: Number(experts),
      recentlyConfirmedOrganisations: Number(fresh_organisations),
      recentlyConfirmedExperts: Number(fresh_experts),
      hasContactPoint: has_contact_point,
    }),
  );
}

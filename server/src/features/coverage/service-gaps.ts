import { SERVICES, TARGET_GROUPS, type ServiceKind, type TargetGroup } from '@strom/shared';
import type { Em } from '../../db/orm.js';

export interface CountryServiceGap {
  countryCode: string;
  service: ServiceKind;
  targetGroup: TargetGroup | null;
}

/**
 * Services whose target groups decide who gets in: a shelter for women does not take men, so "no shelter for
 * men" is a gap even where shelters exist. For the other services the target group shapes how help is
 * given, not whether it is given; listing them per group would bury the real gaps.
 */
export const SERVICES_BY_TARGET_GROUP: readonly ServiceKind[] = ['SAFE_ACCOMMODATION'];

const SERVICE_ORDER = Object.keys(SERVICES);
const GROUP_ORDER = Object.keys(TARGET_GROUPS);

/**
 * Per country: each service no organisation of the country offers (targetGroup null), and for the services
 * above, each target group none of the country's offers of it names (only where the service exists at
 * all, so a missing service is one gap, not nine). National and local organisations count for their country;
 * regional ones serve no country in particular. One statement.
 */
export async function findServiceGaps(em: Em): Promise<CountryServiceGap[]> {
  const groupPairs = SERVICES_BY_TARGET_GROUP.flatMap((service) => GROUP_ORDER.map((group) => ({ kind: service, target_group: group })));
  const rows = await em.getConnection().execute<{ country_code: string; kind: ServiceKind; target_group: TargetGroup | null }[]>(
    `with offered as (
       select o.country_code, s.kind, s.target_groups from organisation_service s
       join organisation o on o.id = s.organisation_id where o.country_code is not null and o.status = 'ACTIVE'
     ), wanted as (
       select c.code as country_code, k.kind, null::text as target_group
       from country c cross join jsonb_array_elements_text(?::jsonb) as k(kind)
       union all
       select c.code, g.kind, g.target_group
       from country c cross join jsonb_to_recordset(?::jsonb) as g(kind text, target_group text)
     )
     select w.country_code, w.kind, w.target_group from wanted w
     where not exists (select 1 from offered o where o.country_code = w.country_code and o.kind = w.kind
                         and (w.target_group is null or w.target_group = any(o.target_groups)))
       and (w.target_group is null or exists (select 1 from offered o where o.country_code = w.country_code and o.kind = w.kind))`,
    [JSON.stringify(SERVICE_ORDER), JSON.stringify(groupPairs)],
  );
  return rows
    .map((row) => ({ countryCode: row.country_code.trim(), service: row.kind, targetGroup: row.target_group }))
    .toSorted(
      (a, b) =>
        a.countryCode.localeCompare(b.countryCode) ||
        SERVICE_ORDER.indexOf(a.service) - SERVICE_ORDER.indexOf(b.service) ||
        (a.targetGroup ? GROUP_ORDER.indexOf(a.targetGroup) : -1) - (b.targetGroup ? GROUP_ORDER.indexOf(b.targetGroup) : -1),
    );
}

import type { QBFilterQuery } from '@mikro-orm/sql';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { OrganisationService } from '../organisation/organisation-service.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationWhere, serviceWhere, type OrganisationDimension } from '../organisation/organisation-filter.js';
import type { OrganisationFilter } from '../organisation/organisation.inputs.js';
import { countFacets, single, subquery, type FacetBranch } from './facet-query.js';
import type { OrganisationFacets } from './facets.types.js';

type Facet = keyof OrganisationFacets;

const ON_ORGANISATION: { facet: Facet; dimension: OrganisationDimension | null; select: string }[] = [
  {
    facet: 'countries',
    dimension: 'country',
    select: `select o.country_code::text as value, c.name as label, count(*)::int as count
      from organisation o join country c on c.code = o.country_code where o.id in ($ids) group by 1, 2`,
  },
  {
    facet: 'municipalities',
    dimension: 'municipality',
    select: `select o.municipality_id::text as value, m.name as label, count(*)::int as count
      from organisation o join municipality m on m.id = o.municipality_id where o.id in ($ids) group by 1, 2`,
  },
  {
    facet: 'levels',
    dimension: 'level',
    select: `select o.level as value, null::text as label, count(*)::int as count from organisation o where o.id in ($ids) group by 1`,
  },
  {
    facet: 'types',
    dimension: 'type',
    select: `select o.type as value, null::text as label, count(*)::int as count from organisation o where o.id in ($ids) group by 1`,
  },
  {
    facet: 'total',
    dimension: null,
    select: `select 'all'::text as value, null::text as label, count(*)::int as count from organisation o where o.id in ($ids)`,
  },
];

/**
 * Service facets count organisations by the service rows that satisfy the other service conditions: with
 * "for men" chosen, the shelter count is of organisations whose shelter is for men, as the list would show.
 */
const ON_SERVICE: { facet: Facet; dimension: OrganisationDimension; value: string; from: string }[] = [
  { facet: 'services', dimension: 'service', value: 's.kind', from: 'organisation_service s' },
  {
    facet: 'targetGroups',
    dimension: 'targetGroup',
    value: 'g.value',
    from: 'organisation_service s cross join lateral unnest(s.target_groups) as g(value)',
  },
  {
    facet: 'languages',
    dimension: 'language',
    value: 'l.value',
    from: 'organisation_service s cross join lateral unnest(s.languages) as l(value)',
  },
];

/** Disjunctive facet counts of the organisation list in one statement; anonymous visitors count listed ones only. */
export async function organisationFacets(
  em: Em,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
): Promise<OrganisationFacets> {
  const f = filter ?? {};
  const organisations: FacetBranch[] = ON_ORGANISATION.map(({ facet, dimension, select }) => {
    const ids = subquery(
      em
        .createQueryBuilder(Organisation, 'x')
        .select('x.id')
        .where(organisationWhere(viewer, f, { except: dimension ?? undefined }) as QBFilterQuery<Organisation>),
    );
    return { facet, sql: select.replace('$ids', () => ids.sql), params: ids.params };
  });
  const services: FacetBranch[] = ON_SERVICE.map(({ facet, dimension, value, from }) => {
    const ids = subquery(
      em
        .createQueryBuilder(Organisation, 'x')
        .select('x.id')
        .where(organisationWhere(viewer, f, { withoutServices: true }) as QBFilterQuery<Organisation>),
    );
    const rows = subquery(
      em
        .createQueryBuilder(OrganisationService, 'x')
        .select('x.id')
        .where(serviceWhere(f, dimension) as QBFilterQuery<OrganisationService>),
    );
    return {
      facet,
      sql: `select ${value} as value, null::text as label, count(distinct s.organisation_id)::int as count
        from ${from} where s.organisation_id in (${ids.sql}) and s.id in (${rows.sql}) group by 1`,
      params: [...ids.params, ...rows.params],
    };
  });
  const counts = await countFacets(em, [...organisations, ...services]);
  const list = (facet: Facet) => counts.get(facet) ?? [];
  return {
    total: single(counts, 'total'),
    countries: list('countries'),
    municipalities: list('municipalities'),
    levels: list('levels'),
    types: list('types'),
    services: list('services'),
    targetGroups: list('targetGroups'),
    languages: list('languages'),
  };
}

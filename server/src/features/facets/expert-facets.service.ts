import type { QBFilterQuery } from '@mikro-orm/sql';
import type { Em } from '../../db/orm.js';
import { Expert } from '../expert/expert.entity.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import { expertWhere, type ExpertDimension } from '../expert/expert-filter.js';
import type { ExpertFilter } from '../expert/expert.inputs.js';
import { countFacets, single, subquery, type FacetBranch } from './facet-query.js';
import type { ExpertFacets } from './facets.types.js';

/**
 * What each facet counts: value, label and experts, joined as that facet needs. Arrays and one-to-many joins
 * count distinct experts, since one expert with two roles is still one expert in the list.
 */
const FACETS: { facet: keyof ExpertFacets; dimension: ExpertDimension | null; select: string }[] = [
  {
    facet: 'countries',
    dimension: 'country',
    select: `select e.country_code::text as value, c.name as label, count(*)::int as count
      from expert e join country c on c.code = e.country_code where e.id in ($ids) group by 1, 2`,
  },
  {
    facet: 'municipalities',
    dimension: 'municipality',
    select: `select e.municipality_id::text as value, m.name as label, count(*)::int as count
      from expert e join municipality m on m.id = e.municipality_id where e.id in ($ids) group by 1, 2`,
  },
  {
    facet: 'levels',
    dimension: 'level',
    select: `select o.level as value, null::text as label, count(*)::int as count
      from expert e join organisation o on o.id = e.organisation_id where e.id in ($ids) group by 1`,
  },
  {
    facet: 'organisationTypes',
    dimension: 'organisationType',
    select: `select o.type as value, null::text as label, count(*)::int as count
      from expert e join organisation o on o.id = e.organisation_id where e.id in ($ids) group by 1`,
  },
  {
    facet: 'roles',
    dimension: 'role',
    select: `select r.role as value, null::text as label, count(distinct e.id)::int as count
      from expert e join role_assignment r on r.expert_id = e.id and ${currentRoleSql('r')} where e.id in ($ids) group by 1`,
  },
  {
    facet: 'formsOfExploitation',
    dimension: 'formOfExploitation',
    select: `select f.value, null::text as label, count(distinct e.id)::int as count
      from expert e cross join lateral unnest(e.forms_of_exploitation) as f(value) where e.id in ($ids) group by 1`,
  },
  {
    facet: 'services',
    dimension: 'service',
    select: `select s.kind as value, null::text as label, count(distinct e.id)::int as count
      from expert e join organisation_service s on s.organisation_id = e.organisation_id where e.id in ($ids) group by 1`,
  },
  {
    facet: 'languages',
    dimension: 'language',
    select: `select l.value, null::text as label, count(distinct e.id)::int as count
      from expert e cross join lateral unnest(e.languages) as l(value) where e.id in ($ids) group by 1`,
  },
  {
    facet: 'availableForConsultation',
    dimension: 'availableForConsultation',
    select: `select 'true'::text as value, null::text as label, count(*)::int as count
      from expert e where e.available_for_consultation and e.id in ($ids)`,
  },
  {
    facet: 'total',
    dimension: null,
    select: `select 'all'::text as value, null::text as label, count(*)::int as count from expert e where e.id in ($ids)`,
  },
];

/** Disjunctive facet counts of the expert directory in one statement, from the directory's own filter. */
export async function expertFacets(em: Em, filter: ExpertFilter | null | undefined): Promise<ExpertFacets> {
  const branches: FacetBranch[] = FACETS.map(({ facet, dimension, select }) => {
    const ids = subquery(
      em
        .createQueryBuilder(Expert, 'x')
        .select('x.id')
        .where(expertWhere(filter, dimension ?? undefined) as QBFilterQuery<Expert>),
    );
    return { facet, sql: select.replace('$ids', () => ids.sql), params: ids.params };
  });
  const counts = await countFacets(em, branches);
  const list = (facet: keyof ExpertFacets) => counts.get(facet) ?? [];
  return {
    total: single(counts, 'total'),
    countries: list('countries'),
    municipalities: list('municipalities'),
    levels: list('levels'),
    organisationTypes: list('organisationTypes'),
    roles: list('roles'),
    formsOfExploitation: list('formsOfExploitation'),
    services: list('services'),
    languages: list('languages'),
    availableForConsultation: single(counts, 'availableForConsultation'),
  };
}

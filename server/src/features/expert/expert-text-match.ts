import { raw } from '@mikro-orm/sql';
import { fuzzyNameMatches, inNamedPlace, matchingIds, topicMatches, type SearchTarget } from '../../core/search-query.js';
import type { SearchTerms } from '../../core/text-search.js';

/**
 * Experts as the search finds them: by their own words or name, by their organisation's words or name, or
 * (a search that is only a place) by where they work. Each arm of the union can use its own index.
 */
export const EXPERT_SEARCH: SearchTarget = {
  table: 'expert',
  alias: 'e',
  name: 'e.full_name',
  candidates: `select e.id, false as fuzzy from expert e where ${topicMatches('e.search_vector')}
    union select e.id, true from expert e where ${fuzzyNameMatches('e.full_name')}
    union select e.id, false from expert e where e.organisation_id in (
      select o.id from organisation o where ${topicMatches('o.search_vector')})
    union select e.id, true from expert e where e.organisation_id in (
      select o.id from organisation o where ${fuzzyNameMatches('o.name')})
    union select e.id, false from expert e where ${inNamedPlace('e')}`,
};

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function expertMatches(terms: SearchTerms) {
  const { sql, params } = matchingIds(terms, EXPERT_SEARCH);
  return raw((alias) => `${alias}.id in (select id from (${sql}) matching)`, params);
}

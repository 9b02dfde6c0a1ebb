import { raw } from '@mikro-orm/sql';
import { folded, fuzzyNameMatches, inNamedPlace, matchingIds, topicMatches, type SearchTarget } from '../../core/search-query.js';
import type { SearchTerms } from '../../core/text-search.js';

/**
 * Organisations as the search finds them: by their words (name, acronym, description) or name, or (a search
 * that is only a place) by where they work. An acronym counts as an exact name.
 */
export const ORGANISATION_SEARCH: SearchTarget = {
  table: 'organisation',
  alias: 'o',
  name: 'o.name',
  candidates: `select o.id, false as fuzzy from organisation o where ${topicMatches('o.search_vector')}
    union select o.id, true from organisation o where ${fuzzyNameMatches('o.name')}
    union select o.id, false from organisation o where ${inNamedPlace('o')}`,
  exactExtra: ` or ${folded('o.acronym')} = q.topic_words`,
};

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function organisationMatches(terms: SearchTerms) {
  const { sql, params } = matchingIds(terms, ORGANISATION_SEARCH);
  return raw((alias) => `${alias}.id in (select id from (${sql}) matching)`, params);
}

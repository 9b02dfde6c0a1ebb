import { raw } from '@mikro-orm/sql';
import {
  candidateColumns,
  folded,
  fuzzyNameMatches,
  inNamedPlace,
  matchingIds,
  nameSimilarity,
  topicMatches,
  type SearchTarget,
} from '../../core/search-query.js';
import type { SearchTerms } from '../../core/text-search.js';

const ORGANISATION = { alias: 'o', name: 'name', listed: 'o.publicly_listed' };

/**
 * Organisations as the search finds them: by their words (name, acronym, description) or name, or (a search
 * that is only a place) by where they work. An acronym counts as an exact name. Only active ones: proposed,
 * closed and merged organisations keep their pages but leave the search.
 */
export const ORGANISATION_SEARCH: SearchTarget = {
  ...ORGANISATION,
  table: 'organisation',
  candidates: `select ${candidateColumns(ORGANISATION, {
    fuzzy: false,
    weight: 0.1,
    exact: `coalesce(${folded('o.acronym')} = (select topic_words from search_query), false)`,
  })}
      from organisation o where o.status = 'ACTIVE' and ${topicMatches('o.search_vector')}
    union all select ${candidateColumns(ORGANISATION, nameSimilarity('o.search_name'))}
      from organisation o where o.status = 'ACTIVE' and ${fuzzyNameMatches('o.search_name')}
    union all ${inNamedPlace(
      (where) => `select ${candidateColumns(ORGANISATION, { fuzzy: false })} from organisation o where o.status = 'ACTIVE' and ${where}`,
      'o',
    )}`,
};

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function organisationMatches(terms: SearchTerms) {
  const { sql, params } = matchingIds(terms, ORGANISATION_SEARCH);
  return raw((alias) => `${alias}.id in (select id from (${sql}) matching)`, params);
}

import { raw } from '@mikro-orm/sql';
import {
  candidateColumns,
  fuzzyNameMatches,
  inNamedPlace,
  matchingIds,
  nameSimilarity,
  topicMatches,
  type SearchTarget,
} from '../../core/search-query.js';
import type { SearchTerms } from '../../core/text-search.js';

const EXPERT = { alias: 'e', name: 'full_name', listed: 'true' };

/**
 * Experts as the search finds them: by their own words or name, by their organisation's words or name, or
 * (a search that is only a place) by where they work. Each arm can use its own index. `organisationSimilarIf`
 * says when the arm of experts whose organisation's name is only similar runs at all.
 */
const expertCandidates = (organisationSimilarIf: string) => `select ${candidateColumns(EXPERT, { fuzzy: false, weight: 0.1 })}
      from expert e where ${topicMatches('e.search_vector')}
    union all select ${candidateColumns(EXPERT, nameSimilarity('e.search_name'))}
      from expert e where ${fuzzyNameMatches('e.search_name')}
    union all select ${candidateColumns(EXPERT, { fuzzy: false, weight: 0.05 })}
      from expert e where e.organisation_id in (select o.id from organisation o where ${topicMatches('o.search_vector')})
    union all select ${candidateColumns(EXPERT, { fuzzy: true })}
      from expert e where e.organisation_id in (select o.id from organisation o where ${fuzzyNameMatches('o.search_name')})
        and ${organisationSimilarIf}
    union all ${inNamedPlace((where) => `select ${candidateColumns(EXPERT, { fuzzy: false })} from expert e where ${where}`, 'e')}`;

export const EXPERT_SEARCH: SearchTarget = { ...EXPERT, table: 'expert', candidates: expertCandidates('true') };

/**
 * EXPERT_SEARCH for a search that narrows its matches no further (no `where`: the global search). A match by
 * similarity alone counts only when nothing matches as typed (matchingIds): when the search names no place and
 * some expert's own words match, the arm of experts whose organisation's name is only similar would add nothing
 * but rows to group (thousands for a common word like "social"), so it is skipped. With a place, or with a
 * `where`, whether anything else still matches depends on each match: it runs.
 */
export const UNNARROWED_EXPERT_SEARCH: SearchTarget = {
  ...EXPERT_SEARCH,
  candidates: expertCandidates(`((select has_place from search_query)
    or not exists (select 1 from expert x where ${topicMatches('x.search_vector')}))`),
};

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function expertMatches(terms: SearchTerms) {
  const { sql, params } = matchingIds(terms, EXPERT_SEARCH);
  return raw((alias) => `${alias}.id in (select id from (${sql}) matching)`, params);
}

import { raw } from '@mikro-orm/sql';
import { nameMatches, TSQUERY, type SearchTerms, type Sql } from '../../core/text-search.js';

/**
 * Ids of matching organisations: their own words or name, or the place they work in ("Klai" lists the
 * organisations of Klaipėda). Each arm can use its own index; `union` keeps the plan index-friendly.
 */
export function organisationCandidates(terms: SearchTerms): Sql {
  return {
    sql: `select o.id from organisation o where o.search_vector @@ ${TSQUERY}
      union select o.id from organisation o where ${nameMatches('o.name')}
      union select o.id from organisation o where o.municipality_id in (select m.id from municipality m where ${nameMatches('m.name')})`,
    params: [terms.tsquery, terms.words, terms.words],
  };
}

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function organisationMatches(terms: SearchTerms) {
  const { sql, params } = organisationCandidates(terms);
  return raw((alias) => `${alias}.id in (${sql})`, params);
}

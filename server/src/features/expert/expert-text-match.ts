import { raw } from '@mikro-orm/sql';
import { nameMatches, TSQUERY, type SearchTerms, type Sql } from '../../core/text-search.js';

/** Ids of matching experts: their own words or name, their organisation's words or name, or their place. */
export function expertCandidates(terms: SearchTerms): Sql {
  return {
    sql: `select e.id from expert e where e.search_vector @@ ${TSQUERY}
      union select e.id from expert e where ${nameMatches('e.full_name')}
      union select e.id from expert e where e.organisation_id in (select o.id from organisation o
        where o.search_vector @@ ${TSQUERY} or ${nameMatches('o.name')})
      union select e.id from expert e where e.municipality_id in (select m.id from municipality m where ${nameMatches('m.name')})`,
    params: [terms.tsquery, terms.words, terms.tsquery, terms.words, terms.words],
  };
}

export function expertMatches(terms: SearchTerms) {
  const { sql, params } = expertCandidates(terms);
  return raw((alias) => `${alias}.id in (${sql})`, params);
}

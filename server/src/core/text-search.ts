import { raw } from '@mikro-orm/sql';

/**
 * Text search as SQL. Input is always a bound parameter and the caller has length-limited it.
 * Full text over unaccented words, the last word as a prefix (people type "Klai" and expect Klaipėda),
 * plus trigram word similarity for names so that "Liepaja" finds "Liepāja", "Gdansk" finds "Gdańsk"
 * and small typos still match.
 */
export function normaliseSearchText(text: string | null | undefined): string | null {
  // Control characters carry no meaning in a search and would only confuse the parsers.
  const cleaned = text
    ?.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? cleaned : null;
}

/** What a search sends to SQL: both strings hold only letters, digits and single spaces. */
export interface SearchTerms {
  /** For to_tsquery: `word & word & last:*`. */
  tsquery: string;
  /** For trigram similarity against names. */
  words: string;
}

// A search of more words than this is a paste, not a query; the rest would only cost time.
const MAX_WORDS = 8;

/**
 * Splits a search into words of letters, marks and digits only, so that no character of the input can act
 * as tsquery syntax (`'`, `\`, `:*`, `&|!()<->`) or as a LIKE/regex pattern. NFKC first folds ligatures and
 * turns "ŉ" into a modifier apostrophe, and modifier letters (ʼ ˆ ː …) are dropped: immutable_unaccent would
 * map those to quotes, carets and colons inside the tsquery. Null when nothing searchable is left.
 */
export function searchTerms(text: string | null | undefined): SearchTerms | null {
  const words = (normaliseSearchText(text) ?? '')
    .normalize('NFKC')
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .map((word) => word.replace(/\p{Lm}/gu, ''))
    // A word of combining marks alone would unaccent to nothing and leave an empty tsquery operand.
    .filter((word) => /[\p{L}\p{Nd}]/u.test(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return { tsquery: `${words.join(' & ')}:*`, words: words.join(' ') };
}

/** The tsquery of a search; bind `terms.tsquery`. */
export const TSQUERY = `to_tsquery('simple', immutable_unaccent(?))`;
/** Unaccented, lower-cased text of a column, as the trigram indexes store it. */
export const folded = (column: string) => `immutable_unaccent(lower(${column}))`;
/** A name close to the searched words (pg_trgm's word_similarity_threshold); bind `terms.words`. */
export const nameMatches = (column: string) => `immutable_unaccent(lower(?)) <% ${folded(column)}`;

/** SQL with its bound parameters, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

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

/** The directory's `text` filter: the same matching as the search, as a condition for the ORM. */
export function organisationMatches(terms: SearchTerms) {
  const { sql, params } = organisationCandidates(terms);
  return raw((alias) => `${alias}.id in (${sql})`, params);
}

export function expertMatches(terms: SearchTerms) {
  const { sql, params } = expertCandidates(terms);
  return raw((alias) => `${alias}.id in (${sql})`, params);
}

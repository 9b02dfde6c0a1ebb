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

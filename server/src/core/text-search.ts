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

/** A run of consecutive words of a search that may name a place ("Saint Petersburg"); positions from 1. */
export interface Phrase {
  text: string;
  first: number;
  last: number;
}

/** What a search sends to SQL: words hold only letters, marks and digits. */
export interface SearchTerms {
  words: string[];
  /** Every run of up to three words, for looking up place names. */
  phrases: Phrase[];
}

// A search of more words than this is a paste, not a query; the rest would only cost time.
const MAX_WORDS = 8;
// The longest place name in words ("Gotland (Visby)", "Saint Petersburg", "Veliky Novgorod").
const MAX_PLACE_WORDS = 3;

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
  const phrases = words.flatMap((_, start) =>
    words.slice(start, start + MAX_PLACE_WORDS).map((_, n) => ({
      text: words
        .slice(start, start + n + 1)
        .join(' ')
        .toLowerCase(),
      first: start + 1,
      last: start + n + 1,
    })),
  );
  return { words, phrases };
}

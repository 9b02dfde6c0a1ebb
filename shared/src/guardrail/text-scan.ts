// Small helpers the detectors share: where a token may start and end, and whether words stand nearby.

/** A number-like token starts where no letter, digit, sign or separator precedes it. */
export const TOKEN_START = String.raw`(?<![\p{L}\p{N}+\-/.])`;
/** …and ends where no letter or digit follows, nor a separator that continues the number. */
export const TOKEN_END = String.raw`(?![\p{L}\p{N}]|[\-/.,]\p{N})`;

/**
 * `count` digits as identity numbers are written: bare, or in groups joined by one space, dash or dot
 * ("880714 12342", "396 050 71230", "043117-03450"), and never part of a longer run of grouped digits.
 */
export function groupedDigits(count: number): string {
  return String.raw`(?<![\p{L}\p{N}+\-/.]|\p{N}[ \u00a0.\-])\d(?:[ \u00a0.\-]?\d){${count - 1}}(?![\p{L}\p{N}]|[\-/.,]\p{N}|[ \u00a0]\p{N})`;
}

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: readonly (string | undefined)[];
}

/** Every match of a pattern (compiled with the `u` and `g` flags) as plain spans. */
export function matchesOf(text: string, pattern: RegExp): Match[] {
  return Array.from(text.matchAll(pattern), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    groups: m.slice(1),
  }));
}

/** Whether `words` occurs in the `window` characters before `index`. */
export function saidBefore(text: string, index: number, words: RegExp, window = 40): boolean {
  return words.test(text.slice(Math.max(0, index - window), index));
}

/**
 * Whether a text holds a digit: identity numbers, phone numbers, dates and ages all do, so a text without one skips
 * their patterns. V8 drops a pattern's compiled code when a few garbage collections pass without it being used, and
 * compiling these large Unicode patterns again costs tens of milliseconds per text on a busy server.
 */
export function hasDigit(text: string): boolean {
  return /\d/u.test(text);
}

/**
 * The text in lower case with every offset unchanged: matched in lower case, a pattern needs no `i` flag, which makes
 * V8 close each of its `\p{L}` classes over case when it compiles it (most of the compile time, repeated whenever
 * the compiled code was dropped). A character whose lower case is longer ("İ") stays as written; `i` would not
 * match it to "i" either (simple case folding).
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const lowerChar = char.toLowerCase();
    return lowerChar.length === char.length ? lowerChar : char;
  }).join('');
}

export function digitsOf(value: string): number[] {
  return Array.from(value.replace(/\D/g, ''), Number);
}

/** Birth years of people alive now or born this century: older or later "birth dates" are other numbers. */
const FIRST_BIRTH_YEAR = 1910;
const LAST_BIRTH_YEAR = 2099;

/** Whether day, month and four-digit year make a real calendar date someone living may have been born on. */
export function isBirthDate(year: number, month: number, day: number): boolean {
  if (year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date with a two-digit year, in whichever of the centuries makes it a birth date (29 February). */
export function isShortBirthDate(yy: number, month: number, day: number, centuries: readonly number[]): boolean {
  return centuries.some((century) => isBirthDate(century + yy, month, day));
}

/** An id the platform made (a mention's, a reference's, a library link's target): digits in it are nobody's number. */
const UUID = /(?<![\p{L}\p{N}])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}])/giu;

/**
 * The text with ids blanked out, one space per character: `[poster](resource:30613874-1a2b-…)` read "30613874" as
 * a Danish phone number, for about one link in forty.
 */
export function withoutIds(text: string): string {
  return text.replace(UUID, (id) => ' '.repeat(id.length));
}

/**
 * The text with Markdown's emphasis, heading, quote, table and escape marks blanked out, one space for one mark, so
 * that "**Victim:** Anna" reads as "Victim: Anna" and every offset still points into the original text.
 */
export function withoutMarkup(text: string): string {
  return text.replace(/[*_`~#>|\\]/gu, ' ');
}

/** A run of two or more upper-case words of three letters or more: "VICTIM: NATALIA KOWALCZYK", not "the GRETA report". */
const SHOUTED_RUN = /(?<![\p{L}])\p{Lu}{3,}(?:[^\p{L}\n]{1,3}\p{Lu}{3,})+(?![\p{L}])/gu;

/**
 * The text with shouted runs written as names are ("NATALIA KOWALCZYK" reads "Natalia Kowalczyk"), offsets
 * unchanged, so that the name rules, which look for capitalised words, read forms and headings typed in capitals.
 */
export function withoutShouting(text: string): string {
  return text.replace(SHOUTED_RUN, (run) =>
    run.replace(/\p{Lu}+/gu, (word) => {
      const titled = word[0]! + word.slice(1).toLowerCase();
      return titled.length === word.length ? titled : word;
    }),
  );
}

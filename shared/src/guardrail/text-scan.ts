// Small helpers the detectors share: where a token may start and end, and whether words stand nearby.

/** A number-like token starts where no letter, digit, sign or separator precedes it. */
export const TOKEN_START = String.raw`(?<![\p{L}\p{N}+\-/.])`;
/** …and ends where no letter or digit follows, nor a separator that continues the number. */
export const TOKEN_END = String.raw`(?![\p{L}\p{N}]|[\-/.,]\p{N})`;

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

export function digitsOf(value: string): number[] {
  return Array.from(value.replace(/\D/g, ''), Number);
}

/** Whether day, month and four-digit year make a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A two-digit year is real in either of two centuries when one of them makes the date real (29 February). */
export function isRealShortDate(yy: number, month: number, day: number, centuries: readonly number[]): boolean {
  return centuries.some((century) => isRealDate(century + yy, month, day));
}

/**
 * Characters a name must not hold: control characters, zero-width ones and text-direction (bidi) controls.
 * They make a name look like someone else's, or hide what it says (a right-to-left override shows "Anna
 * \u202egreB" as "Anna Berg"). Zero-width joiners go too: the Latin, Cyrillic and Baltic names of the network
 * do not need them.
 */
const HIDDEN = /[\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

export type NameProblem = 'blank' | 'hidden-characters';

/** Why a name or title cannot be used, or null. Blank means nothing but white space. */
export function nameProblem(value: string): NameProblem | null {
  if (HIDDEN.test(value)) return 'hidden-characters';
  if (value.trim() === '') return 'blank';
  return null;
}

/** Names compared as people read them: case, surrounding and repeated white space do not matter. */
export function sameName(a: string, b: string): boolean {
  const normal = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normal(a) === normal(b);
}

/**
 * A web address shown as a link: http(s) only, and no user or password before the host
 * (`https://trusted.example@evil.example/` leads to evil.example).
 */
export function isSafeWebsite(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
}

/**
 * A phone number in international form (E.164: "+", a country code not starting with 0, at most 15 digits),
 * or null when it is not one. Readers type spaces, dots, dashes, brackets and a leading "00"; those go.
 * The network spans countries, so a number without its country code is ambiguous and refused.
 */
export function normalisePhone(value: string): string | null {
  const compact = value
    .trim()
    .replace(/[\s.()\-\u00a0]/g, '')
    .replace(/^00/, '+');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : null;
}

// Shape of a fictional name pool. Persons are random first-name × surname combinations, so none is a real person.
import type { LanguageCode } from '@strom/shared';

/** A surname is one string, or a [masculine, feminine] pair where the language inflects surnames by gender. */
export type Surname = string | readonly [masculine: string, feminine: string];

export interface NamePool {
  /** The language a bearer of these names most likely speaks natively. */
  language: LanguageCode;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly Surname[];
  /** Vietnamese and similar naming orders put the family name first. */
  familyFirst?: boolean;
}

/**
 * Parses a compact comma-separated list, "masculine/feminine" for inflected surnames. Keeps long name pools on a few
 * lines that formatters leave alone, instead of one line per name.
 */
export function nameList(text: string): Surname[] {
  return text.split(',').map((entry) => {
    const [masculine = '', feminine] = entry.trim().split('/');
    return feminine === undefined ? masculine : ([masculine, feminine] as const);
  });
}

/** Given names never inflect, so they are plain strings. */
export function givenNames(text: string): string[] {
  return text.split(',').map((entry) => entry.trim());
}

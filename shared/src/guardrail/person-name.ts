import { GIVEN_NAMES } from './given-names.js';
import { NOT_NAMES, NOUN_ENDING, hasLocativeEnding, isPlaceOrTopic } from './not-names.js';

/** One capitalised word of a name, hyphenated double names included. */
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** A given name, optionally followed by a surname or an initial: "Anna", "Anna Kowalska", "Lena M.". */
export const NAME = String.raw`(${WORD})(?:[^\S\n]+(${WORD}|\p{Lu}\.))?`;

export interface NameParts {
  given: string;
  second: string | undefined;
}

/**
 * How much of a capitalised phrase reads as a person's name (the given name alone, or with the surname), or null. Any capitalised word that is not a known
 * non-name counts; where nouns are capitalised (German) a single word must be a known given name or come with a
 * surname or initial.
 */
export function nameIn({ given, second }: NameParts, nounsCapitalised: boolean): 'given' | 'full' | null {
  const withSurname = second !== undefined && !NOT_NAMES.has(second.toLowerCase()) && !NOUN_ENDING.test(second) && !isPlaceOrTopic(second);
  const extent = withSurname ? 'full' : 'given';
  if (GIVEN_NAMES.has(given.toLowerCase())) return extent;
  if (NOT_NAMES.has(given.toLowerCase()) || isPlaceOrTopic(given)) return null;
  if (NOUN_ENDING.test(given) || hasLocativeEnding(given)) return null;
  if (nounsCapitalised && !withSurname) return null;
  return extent;
}

export function isKnownGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}

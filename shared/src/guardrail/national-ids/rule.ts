import type { Match } from '../text-scan.js';

/** One country's identity number: a pattern for its written shapes and a check that says why a match is one. */
export interface NationalIdRule {
  pattern: RegExp;
  /** The finding's reason when the match is that number (checksum, date), or null. */
  check(match: Match, text: string): string | null;
}

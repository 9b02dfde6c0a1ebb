import { TOKEN_END, TOKEN_START, digitsOf, groupedDigits, isBirthDate, saidBefore } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CONTEXT = /personas\s+kod|p\.\s?k\.|personal\s+(?:id|code|number)|identity\s+(?:code|number)|\bID\b/iu;

/** The old personas kods, DDMMYY-CNNNN: C is the century (0 = 1800s, 1 = 1900s, 2 = 2000s), then a check digit. */
export function isValidOldLatvianCode(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[6]! > 2) return false;
  const year = 1800 + d[6]! * 100 + d[4]! * 10 + d[5]!;
  if (!isBirthDate(year, d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!)) return false;
  const sum = WEIGHTS.reduce((total, w, i) => total + w * d[i]!, 0);
  return ((1101 - sum) % 11) % 10 === d[10];
}

export const oldLatvianCode: NationalIdRule = {
  pattern: new RegExp(groupedDigits(11), 'gu'),
  check: ({ text }) => (isValidOldLatvianCode(text) ? 'Looks like a Latvian personas kods (checksum valid).' : null),
};

/** Codes issued since 2017 start with 32 and carry no date or public checksum: the hyphen or a label tells them. */
export const newLatvianCode: NationalIdRule = {
  pattern: new RegExp(`${TOKEN_START}32\\d{4}([- ]?)\\d{5}${TOKEN_END}`, 'gu'),
  check: (match, text) =>
    match.groups[0] === '-' || saidBefore(text, match.start, CONTEXT)
      ? 'Looks like a Latvian personas kods in the format issued since 2017 (32xxxx-xxxxx).'
      : null,
};

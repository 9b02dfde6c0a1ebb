import { TOKEN_END, TOKEN_START, digitsOf, saidBefore } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const CONTEXT = /СНИЛС|SNILS|страхов/iu;
/** Numbers up to 001-001-998 were issued before the checksum existed. */
const FIRST_CHECKED = 1_001_998;

export function isValidSnils(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  if (Number(d.slice(0, 9).join('')) <= FIRST_CHECKED) return false;
  const sum = d.slice(0, 9).reduce((total, digit, i) => total + digit * (9 - i), 0);
  const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return check === d[9]! * 10 + d[10]!;
}

/** SNILS is flagged as written (NNN-NNN-NNN NN) or, as eleven bare digits, when labelled. */
export const russianSnils: NationalIdRule = {
  pattern: new RegExp(`${TOKEN_START}(?:\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}|(\\d{11}))${TOKEN_END}`, 'gu'),
  check: (match, text) =>
    isValidSnils(match.text) && (match.groups[0] === undefined || saidBefore(text, match.start, CONTEXT))
      ? 'Looks like a Russian SNILS number (checksum valid).'
      : null,
};

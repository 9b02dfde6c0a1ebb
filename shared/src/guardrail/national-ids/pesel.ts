import { groupedDigits, digitsOf, isBirthDate } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
/** The month field carries the century: +80 for the 1800s, +0, +20, +40, +60 for the 1900s to the 2200s. */
const CENTURY_BY_MONTH_OFFSET = new Map([
  [80, 1800],
  [0, 1900],
  [20, 2000],
  [40, 2100],
  [60, 2200],
]);

export function isValidPesel(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * d[i]!, 0);
  if ((10 - (sum % 10)) % 10 !== d[10]) return false;
  const month = d[2]! * 10 + d[3]!;
  const offset = Math.floor((month - 1) / 20) * 20;
  const century = CENTURY_BY_MONTH_OFFSET.get(offset);
  return century !== undefined && isBirthDate(century + d[0]! * 10 + d[1]!, month - offset, d[4]! * 10 + d[5]!);
}

export const pesel: NationalIdRule = {
  pattern: new RegExp(groupedDigits(11), 'gu'),
  check: ({ text }) => (isValidPesel(text) ? 'Looks like a Polish PESEL number (checksum valid).' : null),
};

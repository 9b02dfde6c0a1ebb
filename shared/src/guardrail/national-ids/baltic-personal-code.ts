import { groupedDigits, digitsOf, isBirthDate } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

// Estonia's isikukood and Lithuania's asmens kodas share one layout (G YYMMDD SSS C, G = century and sex) and one
// two-pass modulus-11 check digit.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

function checkDigit(d: readonly number[]): number {
  const first = FIRST_WEIGHTS.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11;
  if (first < 10) return first;
  const second = SECOND_WEIGHTS.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11;
  return second < 10 ? second : 0;
}

export function isValidBalticPersonalCode(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0]! < 1 || d[0]! > 6) return false;
  const century = 1800 + Math.floor((d[0]! - 1) / 2) * 100;
  const date = isBirthDate(century + d[1]! * 10 + d[2]!, d[3]! * 10 + d[4]!, d[5]! * 10 + d[6]!);
  return date && checkDigit(d) === d[10];
}

export const balticPersonalCode: NationalIdRule = {
  pattern: new RegExp(groupedDigits(11), 'gu'),
  check: ({ text }) =>
    isValidBalticPersonalCode(text) ? 'Looks like an Estonian isikukood or Lithuanian asmens kodas (checksum valid).' : null,
};

import { groupedDigits, digitsOf, isShortBirthDate } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function controlDigit(d: readonly number[], weights: readonly number[]): number {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11);
  return rest === 11 ? 0 : rest;
}

/** Fødselsnummer DDMMYYIIIKK, or a D-nummer (day + 40), with its two modulus-11 control digits. */
export function isValidNorwegianBirthNumber(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  const rawDay = d[0]! * 10 + d[1]!;
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (!isShortBirthDate(d[4]! * 10 + d[5]!, d[2]! * 10 + d[3]!, day, [1900, 2000])) return false;
  return controlDigit(d, K1) === d[9] && controlDigit(d, K2) === d[10];
}

export const norwegianBirthNumber: NationalIdRule = {
  pattern: new RegExp(groupedDigits(11), 'gu'),
  check: ({ text }) =>
    isValidNorwegianBirthNumber(text) ? 'Looks like a Norwegian fødselsnummer or D-nummer (both control digits valid).' : null,
};

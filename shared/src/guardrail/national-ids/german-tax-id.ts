import { groupedDigits, digitsOf } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

/**
 * In the first ten digits of a Steuer-ID exactly one digit repeats (twice, or since 2016 three times but never
 * three in a row) and every other digit occurs at most once.
 */
function followsRepeatRule(d: readonly number[]): boolean {
  const counts = new Map<number, number>();
  for (const digit of d) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  if (repeated.length !== 1) return false;
  const [digit, count] = repeated[0]!;
  if (count === 2) return true;
  return count === 3 && !d.some((value, i) => value === digit && d[i + 1] === digit && d[i + 2] === digit);
}

/** ISO 7064 MOD 11,10. */
function checkDigit(d: readonly number[]): number {
  let product = 10;
  for (const digit of d) {
    const sum = (digit + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

export function isValidGermanTaxId(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0] === 0) return false;
  const body = d.slice(0, 10);
  return followsRepeatRule(body) && checkDigit(body) === d[10];
}

export const germanTaxId: NationalIdRule = {
  pattern: new RegExp(groupedDigits(11), 'gu'),
  check: ({ text }) => (isValidGermanTaxId(text) ? 'Looks like a German Steuer-ID (check digit and digit-repeat rule valid).' : null),
};

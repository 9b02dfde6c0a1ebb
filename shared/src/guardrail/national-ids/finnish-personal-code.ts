import { TOKEN_END, TOKEN_START, isBirthDate } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** The separator tells the century; since 2023 the 1900s and 2000s have several. */
const CENTURY_BY_SEPARATOR: Record<string, number> = { '+': 1800, '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900 };

function centuryOf(separator: string): number {
  return CENTURY_BY_SEPARATOR[separator] ?? 2000;
}

/** Henkilötunnus DDMMYYCNNNX: X is DDMMYYNNN modulo 31 in CHECK_CHARACTERS. */
export function isValidFinnishPersonalCode(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/u.exec(value);
  if (!match) return false;
  const [, dd, mm, yy, separator, serial, check] = match as unknown as string[];
  if (!isBirthDate(centuryOf(separator!) + Number(yy), Number(mm), Number(dd))) return false;
  return CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${serial}`) % 31] === check;
}

export const finnishPersonalCode: NationalIdRule = {
  pattern: new RegExp(`${TOKEN_START}\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]${TOKEN_END}`, 'gu'),
  check: ({ text }) => (isValidFinnishPersonalCode(text) ? 'Looks like a Finnish henkilötunnus (check character valid).' : null),
};

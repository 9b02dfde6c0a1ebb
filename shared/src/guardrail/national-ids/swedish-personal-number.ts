import { TOKEN_END, TOKEN_START, digitsOf, isBirthDate, isShortBirthDate, saidBefore } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const CONTEXT = /person(?:nummer|nr)|p-?nr|samordningsnummer|personal\s+(?:id|number|code)|\bID\b/iu;

function luhn(d: readonly number[]): boolean {
  const sum = d.reduce((total, digit, i) => {
    const value = i % 2 === 0 ? digit * 2 : digit;
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return sum % 10 === 0;
}

/** YYMMDD-NNNC or YYYYMMDDNNNC; a samordningsnummer adds 60 to the day. The last digit is a Luhn check. */
export function isValidSwedishPersonalNumber(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 && d.length !== 12) return false;
  const short = d.slice(d.length - 10);
  const rawDay = short[4]! * 10 + short[5]!;
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const month = short[2]! * 10 + short[3]!;
  const date =
    d.length === 12
      ? isBirthDate(Number(d.slice(0, 4).join('')), month, day)
      : isShortBirthDate(short[0]! * 10 + short[1]!, month, day, [1900, 2000]);
  return date && luhn(short.slice(0, 10));
}

/**
 * Written with its separator (- or + after 100 years) or with a four-digit year it is flagged as it stands; ten bare
 * digits (or six and four apart), which phone numbers also are, only when labelled.
 */
export const swedishPersonalNumber: NationalIdRule = {
  pattern: new RegExp(`${TOKEN_START}(?:(?:19|20)?\\d{6}[-+]\\d{4}|(?:19|20)\\d{10}|(\\d{6} ?\\d{4}))${TOKEN_END}`, 'gu'),
  check: (match, text) =>
    isValidSwedishPersonalNumber(match.text) && (match.groups[0] === undefined || saidBefore(text, match.start, CONTEXT))
      ? 'Looks like a Swedish personnummer or samordningsnummer (Luhn check valid).'
      : null,
};

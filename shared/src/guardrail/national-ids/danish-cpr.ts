import { TOKEN_END, TOKEN_START, digitsOf, isShortBirthDate, saidBefore } from '../text-scan.js';
import type { NationalIdRule } from './rule.js';

const CONTEXT = /CPR|personnummer|personal\s+(?:id|number|code)|\bID\b/iu;
/** The Swedish short personnummer has the same shape: labelled Swedish and failing Luhn, it is no number at all. */
const SWEDISH = /samordningsnummer|svensk|swedish|sweden|sverige/iu;

export function hasCprDate(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && isShortBirthDate(d[4]! * 10 + d[5]!, d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!, [1900, 2000]);
}

/**
 * CPR numbers issued since 2007 need not pass modulus 11, so only the date can be checked: DDMMYY-SSSS with a real
 * date is flagged as written, ten bare digits (as phone numbers are written) only when labelled.
 */
export const danishCpr: NationalIdRule = {
  pattern: new RegExp(`${TOKEN_START}\\d{6}([- ]?)\\d{4}${TOKEN_END}`, 'gu'),
  check: (match, text) =>
    hasCprDate(match.text) && (match.groups[0] === '-' || saidBefore(text, match.start, CONTEXT)) && !saidBefore(text, match.start, SWEDISH)
      ? 'Looks like a Danish CPR number (a real date of birth in the DDMMYY-SSSS format).'
      : null,
};

import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { OTHER_NUMBER_LABELS } from './other-number-labels.js';
import { saidBefore } from './text-scan.js';
import type { Finding, PublishedContacts } from './types.js';

/** The region's countries: numbers written in their national format are read as theirs. */
export const GUARDRAIL_PHONE_COUNTRIES: readonly CountryCode[] = ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'RU', 'SE', 'IS'];
/** Countries whose national format starts with a trunk prefix (0 or 8): a number written without it is not dialled. */
const TRUNK_PREFIX_COUNTRIES: ReadonlySet<CountryCode> = new Set(['DE', 'FI', 'SE', 'LT', 'RU']);

/** Digit groups joined by single separators, as phone numbers are written; never across a comma or semicolon. */
const CANDIDATE = /(?<![\p{L}\p{N}+\-/.])(?:\+|00)?\(?\d+\)?(?:[ \u00a0.\-/]?\(?\d+\)?)*/gu;
const GROUP_END = /\d\)?(?=[ \u00a0.\-/(]|$)/gu;
/** Words that announce a phone number in the region's languages. */
const PHONE_WORDS =
  /(?:tel|phone|hotline|helpline|infolinia|mob|cell|call|sms|text|whatsapp|viber|telegram|signal|reach|number|nr|numer|numurs|numeris|numero|nummer|puh|puhelin|matkapuhelin|telefon|telefoni|telefonas|tālr|tālrunis|mobil|handy|ruf|тел|телефон|номер|звон|моб)\p{L}*\.?:?\s*(?:\p{L}+\s+)?$/iu;
/** Dates and year-first reference numbers, which national phone formats would also accept. */
const DATE_OR_REFERENCE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}\s?[./-].*)$/u;
const MONEY_AFTER = /^\s?(?:EUR|€|PLN|zł|SEK|NOK|DKK|ISK|kr|RUB|руб|₽)/iu;
const MONEY_BEFORE = /(?:EUR|€|PLN|SEK|NOK|DKK|ISK|RUB)\s?$/iu;
/** A phone number has at least this many digits in national format and at most 15 in all (E.164). */
const NATIONAL_DIGITS_MIN = 8;
const DIGITS_MAX = 17;

const digits = (value: string) => value.replace(/\D/g, '');

/** The significant digits of each published phone, however it was written. */
function publishedNumbers(phones: readonly string[]): string[] {
  return phones.map((phone) => parsePhoneNumberFromString(phone)?.nationalNumber ?? digits(phone).replace(/^0+/u, ''));
}

function isNationalPhone(text: string, start: number, raw: string, country: CountryCode, number: PhoneNumber): boolean {
  const rawDigits = digits(raw);
  if (rawDigits.length < NATIONAL_DIGITS_MIN || DATE_OR_REFERENCE.test(raw)) return false;
  if (TRUNK_PREFIX_COUNTRIES.has(country) && rawDigits === number.nationalNumber) return false;
  const type = number.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || saidBefore(text, start, PHONE_WORDS, 30);
}

/** The reason a written number is a phone number, or null. */
function phoneReason(text: string, start: number, raw: string): string | null {
  if (/^(?:\+|00)/u.test(raw)) {
    const number = parsePhoneNumberFromString(raw.replace(/^00/u, '+'));
    return number?.isValid() ? 'Looks like a phone number (valid international format, not a published contact).' : null;
  }
  for (const country of GUARDRAIL_PHONE_COUNTRIES) {
    const number = parsePhoneNumberFromString(raw, country);
    if (number?.isValid() && isNationalPhone(text, start, raw, country, number))
      return `Looks like a phone number (valid in ${country}, not a published contact).`;
  }
  return null;
}

/**
 * Numbers written internationally (+CC, 00CC) are flagged when valid anywhere. A number in a region country's
 * national format is flagged when it is a valid mobile number or a phone word precedes it: a valid landline shape
 * alone is too easily a case count, a postal code or a reference number. A run of digit groups is read from its
 * longest valid beginning ("call 601 234 567 12 times"). Published contacts are never flagged.
 */
export function detectPhones(text: string, published: PublishedContacts = {}): Finding[] {
  const publishedDigits = publishedNumbers(published.phones ?? []);
  const findings: Finding[] = [];
  for (const candidate of text.matchAll(CANDIDATE)) {
    const start = candidate.index;
    if (saidBefore(text, start, OTHER_NUMBER_LABELS, 30) || saidBefore(text, start, MONEY_BEFORE, 5)) continue;
    const ends = Array.from(candidate[0].matchAll(GROUP_END), (m) => m.index + m[0].length).toReversed();
    for (const end of ends) {
      const raw = candidate[0].slice(0, end);
      if (digits(raw).length > DIGITS_MAX || MONEY_AFTER.test(text.slice(start + end))) continue;
      const reason = phoneReason(text, start, raw);
      if (reason === null) continue;
      if (!publishedDigits.some((number) => digits(raw).endsWith(number)))
        findings.push({ kind: 'PHONE', start, end: start + end, text: raw, reason });
      break;
    }
  }
  return findings;
}

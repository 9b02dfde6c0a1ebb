import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { OTHER_NUMBER_LABELS } from './other-number-labels.js';
import { saidBefore } from './text-scan.js';
import type { Finding, PublishedContacts } from './types.js';

/** The region's countries: numbers written in their national format are read as theirs. */
export const GUARDRAIL_PHONE_COUNTRIES: readonly CountryCode[] = ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'RU', 'SE', 'IS'];
/** Countries whose national format starts with a trunk prefix (0 or 8): a number written without it is not dialled. */
const TRUNK_PREFIX_COUNTRIES: ReadonlySet<CountryCode> = new Set(['DE', 'FI', 'SE', 'LT', 'RU']);

/** Words that announce a phone number in the region's languages. */
const PHONE_WORDS =
  /(?:tel|phone|mob|cell|call|sms|text|whatsapp|viber|telegram|signal|reach|number|nr|numer|numurs|numeris|numero|nummer|puh|puhelin|matkapuhelin|telefon|telefoni|telefonas|tālr|tālrunis|mobil|handy|ruf|тел|телефон|номер|звон|моб)\p{L}*\.?:?\s*(?:\p{L}+\s+)?$/iu;
/** Dates and year-first reference numbers, which national phone formats would also accept. */
const DATE_OR_REFERENCE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}\s?[./-].*)$/u;
const INTERNATIONAL = /^(?:\+|00)/u;
/** A national number shorter than this is more often a count, a code or an amount than a phone number. */
const NATIONAL_DIGITS_MIN = 8;

const digits = (value: string) => value.replace(/\D/g, '');

/** The significant digits of each published phone, however it was written. */
function publishedNumbers(phones: readonly string[]): string[] {
  return phones.map((phone) => {
    const international = parsePhoneNumberFromString(phone);
    return international?.nationalNumber ?? digits(phone).replace(/^0+/u, '');
  });
}

/** Whether a national-format match should count as a phone number at all. */
function readsAsNationalPhone(
  text: string,
  start: number,
  raw: string,
  country: CountryCode,
  number: { nationalNumber: string; getType(): string | undefined },
): boolean {
  const rawDigits = digits(raw);
  if (rawDigits.length < NATIONAL_DIGITS_MIN || DATE_OR_REFERENCE.test(raw)) return false;
  if (TRUNK_PREFIX_COUNTRIES.has(country) && rawDigits === number.nationalNumber) return false;
  if (saidBefore(text, start, OTHER_NUMBER_LABELS, 30)) return false;
  const type = number.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || saidBefore(text, start, PHONE_WORDS, 30);
}

/**
 * Numbers written internationally (+CC, 00CC) are flagged when valid anywhere. A number in a region country's
 * national format is flagged when it is a valid mobile number or a phone word precedes it: a valid landline shape
 * alone is too easily a case count, a postal code or a reference number. Published contacts are never flagged.
 */
export function detectPhones(text: string, published: PublishedContacts = {}): Finding[] {
  const findings: Finding[] = [];
  const publishedDigits = publishedNumbers(published.phones ?? []);
  const add = (start: number, end: number, reason: string) => {
    const raw = text.slice(start, end);
    if (publishedDigits.some((number) => digits(raw).endsWith(number))) return;
    if (findings.some((f) => f.start < end && start < f.end)) return;
    findings.push({ kind: 'PHONE', start, end, text: raw, reason });
  };
  const international = 'Looks like a phone number (valid international format, not a published contact).';
  for (const found of findPhoneNumbersInText(text)) add(found.startsAt, found.endsAt, international);
  for (const country of GUARDRAIL_PHONE_COUNTRIES) {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: country })) {
      const raw = text.slice(found.startsAt, found.endsAt);
      // 00 before a country code is international too; only a default country reads it.
      if (INTERNATIONAL.test(raw)) add(found.startsAt, found.endsAt, international);
      else if (readsAsNationalPhone(text, found.startsAt, raw, country, found.number))
        add(found.startsAt, found.endsAt, `Looks like a phone number (valid in ${country}, not a published contact).`);
    }
  }
  return findings;
}

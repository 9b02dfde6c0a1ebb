import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { Finding, PublishedContacts } from './types.js';
import { saidBefore } from './text-scan.js';

/** The region's countries: numbers written in their national format are read as theirs. */
export const GUARDRAIL_PHONE_COUNTRIES: readonly CountryCode[] = ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'RU', 'SE', 'IS'];

/** Words that announce a phone number in the region's languages. */
const PHONE_WORDS =
  /(?:tel|phone|mob|cell|call|sms|text|whatsapp|viber|telegram|signal|reach|number|nr|numer|numurs|numeris|numero|nummer|puh|puhelin|matkapuhelin|telefon|telefoni|telefonas|tālr|tālrunis|mobil|handy|ruf|тел|телефон|номер|звон|моб)\p{L}*\.?:?\s*(?:\p{L}+\s+)?$/iu;

const digits = (value: string) => value.replace(/\D/g, '');

function isPublished(found: { nationalNumber: string }, published: readonly string[]): boolean {
  return published.some((phone) => digits(phone).endsWith(found.nationalNumber));
}

/**
 * Numbers written internationally (+CC, 00CC) are flagged when valid anywhere. A number in a region country's
 * national format is flagged when it is a valid mobile number or a phone word precedes it: a valid landline shape
 * alone is too easily a case count, a postal code or a reference number.
 */
export function detectPhones(text: string, published: PublishedContacts = {}): Finding[] {
  const findings: Finding[] = [];
  const publishedPhones = published.phones ?? [];
  const add = (start: number, end: number, reason: string) => {
    if (findings.some((f) => f.start < end && start < f.end)) return;
    findings.push({ kind: 'PHONE', start, end, text: text.slice(start, end), reason });
  };
  for (const found of findPhoneNumbersInText(text)) {
    if (isPublished(found.number, publishedPhones)) continue;
    add(found.startsAt, found.endsAt, 'Looks like a phone number (valid international format, not a published contact).');
  }
  for (const country of GUARDRAIL_PHONE_COUNTRIES) {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: country })) {
      const raw = text.slice(found.startsAt, found.endsAt);
      if (/^(?:\+|00)/u.test(raw) || isPublished(found.number, publishedPhones)) continue;
      const type = found.number.getType();
      const mobile = (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') && digits(raw).length >= 8;
      if (!mobile && !saidBefore(text, found.startsAt, PHONE_WORDS, 30)) continue;
      add(found.startsAt, found.endsAt, `Looks like a phone number (valid in ${country}, not a published contact).`);
    }
  }
  return findings;
}

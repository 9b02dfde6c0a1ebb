import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { OTHER_NUMBER_LABELS } from './other-number-labels.js';
import { hasDigit, saidBefore } from './text-scan.js';
import type { Finding, PublishedContacts } from './types.js';

/** The region's countries: numbers written in their national format are read as theirs. */
export const GUARDRAIL_PHONE_COUNTRIES: readonly CountryCode[] = ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'RU', 'SE', 'IS'];
/** Countries whose national format starts with a trunk prefix (0 or 8): a number written without it is not dialled. */
const TRUNK_PREFIX_COUNTRIES: ReadonlySet<CountryCode> = new Set(['DE', 'FI', 'SE', 'LT', 'RU']);

/**
 * Digit groups joined by single separators, as phone numbers are written; never across a comma or semicolon, and
 * never more groups than a phone number has, so that a long run of numbers costs linear time.
 */
const CANDIDATE = /(?<![\p{L}\p{N}+\-/.])(?:\+|00)?\(?\d{1,17}\)?(?:[ \u00a0.\-/]?(?:\(0\)|\(?\d{2,17}\)?)){0,8}/gu;
const GROUP_END = /\d\)?(?=[ \u00a0.\-/(]|$)/gu;
/** Words that announce a phone number in the region's languages. */
const PHONE_WORDS =
  /(?<!\p{L})(?:tel|phone|hotline|helpline|infolinia|mob|cell|call|sms|text|whatsapp|viber|telegram|signal|reach|number|nr|numer|numurs|numeris|numero|nummer|puh|puhelin|matkapuhelin|telefon|telefoni|telefonas|tālr|tālrunis|mobil|handy|ruf|тел|телефон|номер|звон|моб)\p{L}*\.?:?\s*(?:\p{L}+\s+){0,2}$/iu;
/** Dates and year-first reference numbers, which national phone formats would also accept. */
const DATE_OR_REFERENCE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}\s?[./-].*|(?:19|20)\d{2}(?:\s(?:19|20)\d{2})+)$/u;
/** Labels of identity numbers: a labelled number whose checksum fails is a mistyped identity number, not a phone. */
const ID_LABELS =
  /(?:person(?:nummer|nr|al\s+(?:id|code|number))|personas\s+kod|asmens\s+kod|isikukood|henkilötunnus|hetu|pesel|cpr|fødselsnummer|d-nummer|samordningsnummer|steuer|snils|снилс|\bID\b)\P{L}{0,20}$/iu;
const MONEY_AFTER =
  /^\s?(?:EUR|euro|€|PLN|zł|złot|SEK|NOK|DKK|ISK|kr|RUB|руб|₽|mln|million|milj|thousand|tūkst|tys|тыс|people|persons|cases|victims)/iu;
/** A number that runs on into letters or into another dotted, dashed or slashed number is a reference: "24-123456MED", "R 23/4567 18.2.2025". */
const RUNS_ON = /^(?:\p{L}|[./-]\p{N})/u;
const MONEY_BEFORE = /(?:EUR|€|PLN|SEK|NOK|DKK|ISK|RUB)\s?$/iu;
/** A phone number has at least this many digits in national format, and at most 15 (E.164) plus a 00 prefix. */
const NATIONAL_DIGITS_MIN = 8;
const DIGITS_MIN = 7;
const DIGITS_MAX = 17;
/** A number is read from its full length or with one or two trailing groups dropped ("601 234 567 12 times"). */
const ENDS_TRIED = 3;
/**
 * Phone-like numbers checked in one text: each costs a parse per region country, and no post has more phone
 * numbers than this; a table of thousands of numbers must not hold the server up.
 */
const CANDIDATES_MAX = 500;

const digits = (value: string) => value.replace(/\D/g, '');

/**
 * The significant digits of each published phone, however it was written: a number without its country code is
 * read as each region country would read it.
 */
function publishedNumbers(phones: readonly string[]): string[] {
  return phones.flatMap((phone) => {
    const international = parsePhoneNumberFromString(phone);
    if (international) return [international.nationalNumber];
    const national = GUARDRAIL_PHONE_COUNTRIES.flatMap((country) => parsePhoneNumberFromString(phone, country)?.nationalNumber ?? []);
    return [...new Set([...national, digits(phone).replace(/^0+/u, '')])];
  });
}

function isNationalPhone(text: string, start: number, raw: string, country: CountryCode, number: PhoneNumber): boolean {
  if (TRUNK_PREFIX_COUNTRIES.has(country) && digits(raw) === number.nationalNumber) return false;
  const type = number.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || saidBefore(text, start, PHONE_WORDS, 30);
}

/** The reason a written number is a phone number, or null. */
function phoneReason(text: string, start: number, raw: string): string | null {
  if (/^(?:\+|00)/u.test(raw)) {
    // A plus and a country code is a phone number in any professional text: the length is checked, not whether
    // the operator prefix exists, so that a number one digit off still counts.
    const number = parsePhoneNumberFromString(raw.replace(/^00/u, '+'));
    return number?.isPossible() ? 'Looks like a phone number (international format, not a published contact).' : null;
  }
  if (digits(raw).length < NATIONAL_DIGITS_MIN || DATE_OR_REFERENCE.test(raw.replace(/^\(|\)$/gu, ''))) return null;
  for (const country of GUARDRAIL_PHONE_COUNTRIES) {
    const number = parsePhoneNumberFromString(raw, country);
    if (number?.isValid() && isNationalPhone(text, start, raw, country, number))
      return `Looks like a phone number (valid in ${country}, not a published contact).`;
  }
  return null;
}

/**
 * Numbers written internationally (+CC, 00CC) are flagged when their length fits the country. A number in a region country's
 * national format is flagged when it is a valid mobile number or a phone word precedes it: a valid landline shape
 * alone is too easily a case count, a postal code or a reference number. A run of digit groups is read from its
 * longest valid beginning ("call 601 234 567 12 times"). Published contacts are never flagged.
 */
export function detectPhones(text: string, published: PublishedContacts = {}): Finding[] {
  if (!hasDigit(text)) return [];
  const publishedDigits = publishedNumbers(published.phones ?? []);
  const findings: Finding[] = [];
  let checked = 0;
  for (const candidate of text.matchAll(CANDIDATE)) {
    const start = candidate.index;
    const ends = Array.from(candidate[0].matchAll(GROUP_END), (m) => m.index + m[0].length)
      .filter((end) => digits(candidate[0].slice(0, end)).length <= DIGITS_MAX)
      .toReversed()
      .slice(0, ENDS_TRIED);
    if (ends.length === 0 || digits(candidate[0].slice(0, ends[0])).length < DIGITS_MIN) continue;
    if ([OTHER_NUMBER_LABELS, ID_LABELS].some((labels) => saidBefore(text, start, labels, 30)) || saidBefore(text, start, MONEY_BEFORE, 5))
      continue;
    if ((checked += 1) > CANDIDATES_MAX) break;
    for (const end of ends) {
      const raw = candidate[0].slice(0, end);
      if (digits(raw).length < DIGITS_MIN) break;
      if (MONEY_AFTER.test(text.slice(start + end, start + end + 12)) || RUNS_ON.test(text.slice(start + end, start + end + 2))) continue;
      // A published number is left whole: its beginning is no other number.
      if (publishedDigits.some((number) => digits(raw).endsWith(number))) break;
      const reason = phoneReason(text, start, raw);
      if (reason === null) continue;
      findings.push({ kind: 'PHONE', start, end: start + end, text: raw, reason });
      break;
    }
  }
  return findings;
}

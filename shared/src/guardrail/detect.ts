import { detectBirthDates } from './birth-dates.js';
import { detectEmails } from './emails.js';
import { detectNamesWithCaseWords } from './names-with-case-words.js';
import { detectNationalIds } from './national-ids/index.js';
import { detectPhones } from './phones.js';
import { FindingSpans } from './spans.js';
import { withoutIds, withoutMarkup, withoutShouting } from './text-scan.js';
import type { DetectOptions, Finding } from './types.js';

/**
 * Spans of a text that may be a victim's personal data, in text order. Where two detectors claim overlapping spans
 * the earlier detector in this list wins: an identity number is not also reported as a phone number.
 */
export function detectVictimData(text: string, options: DetectOptions = {}): Finding[] {
  const published = options.publishedContacts ?? {};
  // Posts are Markdown: the detectors read the text without its marks or the ids of its links, e-mail addresses
  // (which may hold "_") as written.
  const plain = withoutMarkup(withoutIds(text));
  const names = detectNamesWithCaseWords(withoutShouting(plain));
  const candidates = [
    ...detectNationalIds(plain),
    ...detectEmails(text, published),
    ...detectBirthDates(plain, names),
    ...detectPhones(plain, published),
    ...names,
  ];
  const kept = new FindingSpans();
  for (const finding of candidates) kept.add({ ...finding, text: text.slice(finding.start, finding.end) });
  return kept.sorted;
}

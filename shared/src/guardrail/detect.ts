import { detectBirthDates } from './birth-dates.js';
import { detectEmails } from './emails.js';
import { detectNamesWithCaseWords } from './names-with-case-words.js';
import { detectNationalIds } from './national-ids/index.js';
import { detectPhones } from './phones.js';
import type { DetectOptions, Finding } from './types.js';

/**
 * Spans of a text that may be a victim's personal data, in text order. Where two detectors claim overlapping spans
 * the earlier detector in this list wins: an identity number is not also reported as a phone number.
 */
export function detectVictimData(text: string, options: DetectOptions = {}): Finding[] {
  const published = options.publishedContacts ?? {};
  const candidates = [
    ...detectNationalIds(text),
    ...detectEmails(text, published),
    ...detectBirthDates(text),
    ...detectPhones(text, published),
    ...detectNamesWithCaseWords(text),
  ];
  const kept: Finding[] = [];
  for (const finding of candidates) {
    if (!kept.some((k) => k.start < finding.end && finding.start < k.end)) kept.push(finding);
  }
  return kept.toSorted((a, b) => a.start - b.start);
}

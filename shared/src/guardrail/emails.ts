import type { Finding, PublishedContacts } from './types.js';
import { matchesOf } from './text-scan.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** E-mail addresses, except those published on the directory. */
export function detectEmails(text: string, published: PublishedContacts = {}): Finding[] {
  const publishedEmails = new Set((published.emails ?? []).map((email) => email.trim().toLowerCase()));
  return matchesOf(text, EMAIL)
    .filter((match) => !publishedEmails.has(match.text.toLowerCase()))
    .map((match) => ({
      kind: 'EMAIL' as const,
      start: match.start,
      end: match.end,
      text: match.text,
      reason: 'Looks like an e-mail address that is not a published contact.',
    }));
}

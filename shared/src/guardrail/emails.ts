import type { Finding, PublishedContacts } from './types.js';
import { matchesOf } from './text-scan.js';

const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const EMAIL = new RegExp(
  [
    String.raw`${LOCAL}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])`,
    // Written to dodge harvesters: "anna [at] example [dot] com", "anna(at)example.com".
    String.raw`${LOCAL}\s?[\[(]\s?(?:at|@)\s?[\])]\s?[\p{L}\p{N}-]+(?:\s?(?:\.|[\[(]\s?dot\s?[\])])\s?[\p{L}\p{N}-]+)+`,
  ].join('|'),
  'giu',
);

const MAY_HOLD_ADDRESS = /[@[(]/u;

/** E-mail addresses, except those published on the directory. */
export function detectEmails(text: string, published: PublishedContacts = {}): Finding[] {
  // An address has its "@", or "at" in brackets: other texts need not run (nor compile, see hasDigit) the pattern.
  if (!MAY_HOLD_ADDRESS.test(text)) return [];
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

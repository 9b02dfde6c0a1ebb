import type { GuardrailKind, PublishedContacts } from '../types.js';

/** A forum post of the test corpus and what the guardrail must find in it (kind and the exact text). */
export interface CorpusPost {
  id: string;
  language: string;
  text: string;
  published?: PublishedContacts;
  expected: readonly (readonly [GuardrailKind, string])[];
}

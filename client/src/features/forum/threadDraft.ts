import {
  detectVictimData,
  MARKDOWN_SOURCE_MAX,
  normaliseTag,
  TAG_MAX,
  THREAD_TAGS_MAX,
  THREAD_TITLE_MAX,
  THREAD_TITLE_MIN,
  unconfirmedFindings,
  type GuardrailConfirmation,
} from '@strom/shared';

export interface ThreadDraft {
  title: string;
  tags: readonly string[];
  body: string;
  confirmations: readonly GuardrailConfirmation[];
}

export type DraftField = 'title' | 'tags' | 'source';
export type DraftProblem = 'titleShort' | 'titleLong' | 'bodyEmpty' | 'bodyLong' | 'unconfirmed';

/** Tags as the server stores them: normalised, each once, within the limits (a longer one is cut). */
export function normaliseTags(tags: readonly string[]): string[] {
  const normal = tags.map((tag) => normaliseTag(tag).slice(0, TAG_MAX).replace(/-+$/, '')).filter(Boolean);
  return [...new Set(normal)].slice(0, THREAD_TAGS_MAX);
}

/**
 * What keeps the draft from being sent, by field, with the same limits and guardrail the server applies: the
 * guardrail runs on the text as it is now, not on the last debounced check, so nothing slips through.
 */
export function draftProblems({ title, body, confirmations }: ThreadDraft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const open = (text: string) => unconfirmedFindings(detectVictimData(text), confirmations).length > 0;
  const trimmed = title.trim();
  if (trimmed.length < THREAD_TITLE_MIN) problems.title = 'titleShort';
  else if (trimmed.length > THREAD_TITLE_MAX) problems.title = 'titleLong';
  else if (open(title)) problems.title = 'unconfirmed';
  if (body.trim().length === 0) problems.source = 'bodyEmpty';
  else if (body.length > MARKDOWN_SOURCE_MAX) problems.source = 'bodyLong';
  else if (open(body)) problems.source = 'unconfirmed';
  return problems;
}

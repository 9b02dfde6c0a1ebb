import { FORUM_SLUG_MAX, FORUM_SLUG_PATTERN, FORUM_TITLE_MAX } from '@strom/shared';

export type ForumLevel = 'REGIONAL' | 'NATIONAL' | 'LOCAL';

export interface ForumDraft {
  title: string;
  slug: string;
  level: ForumLevel;
  countryCode: string;
  municipalityId: string;
}

export type ForumDraftField = 'title' | 'slug' | 'countryCode' | 'municipalityId';
export type ForumDraftProblem = 'titleMissing' | 'titleLong' | 'slugInvalid' | 'countryMissing' | 'municipalityMissing';

/** The address a title suggests: ASCII letters and digits joined by single hyphens ("Rīga" → "riga"). */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, FORUM_SLUG_MAX)
    .replace(/-+$/, '');
}

/** What keeps the draft from being sent, by field, with the server's limits and scope rules. */
export function forumDraftProblems(draft: ForumDraft): Partial<Record<ForumDraftField, ForumDraftProblem>> {
  const problems: Partial<Record<ForumDraftField, ForumDraftProblem>> = {};
  const title = draft.title.trim();
  if (title === '') problems.title = 'titleMissing';
  else if (title.length > FORUM_TITLE_MAX) problems.title = 'titleLong';
  if (!FORUM_SLUG_PATTERN.test(draft.slug) || draft.slug.length > FORUM_SLUG_MAX) problems.slug = 'slugInvalid';
  if (draft.level !== 'REGIONAL' && draft.countryCode === '') problems.countryCode = 'countryMissing';
  if (draft.level === 'LOCAL' && draft.municipalityId === '') problems.municipalityId = 'municipalityMissing';
  return problems;
}

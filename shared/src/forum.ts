// Forum vocabularies, limits and the tag rule: the editor guides with them, the server refuses with them.

export const FORUM_VISIBILITIES = ['PUBLIC', 'NETWORK', 'SCOPE', 'GROUP'] as const;
export type ForumVisibility = (typeof FORUM_VISIBILITIES)[number];

export const WATCH_LEVELS = ['WATCHING', 'TRACKING', 'NORMAL', 'MUTED'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

export const REACTION_KINDS = ['THANKS', 'AGREE', 'USEFUL'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const FORUM_SLUG_MAX = 60;
export const FORUM_TITLE_MAX = 120;
export const THREAD_TITLE_MAX = 200;
export const THREAD_TITLE_MIN = 3;
export const THREAD_TAGS_MAX = 5;
export const TAG_MAX = 30;
export const FLAG_REASON_MAX = 1000;
export const MODERATION_REASON_MAX = 1000;
export const FORUM_MODERATORS_MAX = 30;
export const FORUM_GROUP_CHANGE_MAX = 100;
export const CLIENT_ID_MAX = 64;

/** Lower-case, alphanumeric words joined by hyphens: "Labour Exploitation" and "labour-exploitation" are one tag. */
export function normaliseTag(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug: lower-case ASCII letters, digits and single hyphens. */
export const FORUM_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

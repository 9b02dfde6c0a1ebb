/** The help and legal pages, by path. Kept apart from their text so the router (in the entry chunk) stays small. */
export const INFO_PAGES = ['help', 'privacy', 'terms', 'imprint', 'accessibility'] as const;
export type InfoPageSlug = (typeof INFO_PAGES)[number];

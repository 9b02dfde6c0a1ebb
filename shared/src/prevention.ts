// Limits of the prevention catalogue, the same in the editor and on the server.
export const PREVENTION_TITLE_MAX = 200;
/** What was done, the results, the lessons: each a few paragraphs. */
export const PREVENTION_TEXT_MAX = 4000;
/** How the reach was counted ("pupils of 12 schools"): a sentence. */
export const PREVENTION_REACH_NOTE_MAX = 300;
export const PREVENTION_PARTNERS_MAX = 20;
export const PREVENTION_MATERIALS_MAX = 20;
export const PREVENTION_MATERIAL_TITLE_MAX = 200;
/** People reached by one activity: well above any national campaign of the region. */
export const PREVENTION_REACH_MAX = 50_000_000;
export const PREVENTION_YEAR_MIN = 1990;
export const PREVENTION_YEAR_MAX = 2100;

/** PUBLIC: anonymous visitors read it too (dissemination, without who added it); NETWORK: members only. */
export const PREVENTION_VISIBILITIES = ['PUBLIC', 'NETWORK'] as const;
export type PreventionVisibility = (typeof PREVENTION_VISIBILITIES)[number];

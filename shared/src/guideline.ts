/** The guidelines tracker: statuses and limits, the same in the editor and on the server. */
export const GUIDELINE_STATUSES = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'IN_PLACE', 'NOT_APPLICABLE'] as const;
export type GuidelineStatusKey = (typeof GUIDELINE_STATUSES)[number];

/** Evidence text and the reason an action point does not apply. */
export const GUIDELINE_TEXT_MAX = 1000;
export const GUIDELINE_LINK_MAX = 500;
/** An action point's label, in English or a translation. */
export const GUIDELINE_LABEL_MAX = 500;
export const GUIDELINE_TRANSLATIONS_MAX = 20;
/** An action point whose status nobody confirmed for this long is due for review (the contact point's reminder). */
export const GUIDELINE_REVIEW_MONTHS = 12;

export interface GuidelineCounts {
  total: number;
  inPlace: number;
  notApplicable: number;
}

/**
 * How far a municipality implemented the guidelines: the share of the action points that apply to it which are in
 * place, 0–100 (null when none applies). Points without a status count as not started.
 */
export function implementationPercent({ total, inPlace, notApplicable }: GuidelineCounts): number | null {
  const applicable = total - notApplicable;
  return applicable > 0 ? Math.round((100 * inPlace) / applicable) : null;
}

/** The map's and heat map's bands of implementation, lowest first. */
export const IMPLEMENTATION_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type ImplementationLevel = (typeof IMPLEMENTATION_LEVELS)[number];

export function implementationLevel(percent: number | null): ImplementationLevel {
  if (percent === null || percent === 0) return 'NONE';
  if (percent < 34) return 'LOW';
  if (percent < 67) return 'MEDIUM';
  return 'HIGH';
}

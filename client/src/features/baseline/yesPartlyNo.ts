/** The answers the comparison across municipalities counts, in the order its columns and bars show them. */
export const YES_PARTLY_NO = ['YES', 'PARTLY', 'NO'] as const;
export type YesPartlyNo = (typeof YES_PARTLY_NO)[number];

/** Whether a part is answered yes/no or yes/partly/no (not a frequency, a role or a vocabulary). */
export const isYesPartlyNo = (options: readonly string[]) =>
  options.length > 0 && options.every((option) => (YES_PARTLY_NO as readonly string[]).includes(option));

/** A part's count of one answer; null where the part does not offer it (no "partly" on a yes/no question). */
export function countOf(counts: readonly { option: string; count: number }[], option: YesPartlyNo): number | null {
  return counts.find((c) => c.option === option)?.count ?? null;
}

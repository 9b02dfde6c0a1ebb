// Limits of the cost workbench: the editor guides with them, the server refuses with them.

/** The largest unit cost: 10 million in major units (a year of a specialised shelter is far below). */
export const COST_UNIT_MINOR_MAX = 1_000_000_000;
export const COST_QUANTITY_MAX = 10_000;
/** Periods a line recurs: ten years of days. */
export const COST_PERIODS_MAX = 3650;
/** When a line starts, in days from the start of the case. */
export const COST_START_DAY_MAX = 3650;
export const COST_LINES_MAX = 100;
/** A total above this (10 trillion minor units) is refused rather than rounded: no scenario is that large. */
export const COST_TOTAL_MINOR_MAX = 10_000_000_000_000;
export const COST_TITLE_MAX = 200;
export const COST_NOTE_MAX = 1000;
export const COST_YEAR_MIN = 2000;
export const COST_YEAR_MAX = 2100;
/** Scenarios one comparison shows side by side. */
export const COST_COMPARE_MAX = 6;

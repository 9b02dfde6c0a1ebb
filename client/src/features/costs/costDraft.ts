import {
  computeCostTotals,
  costProblems,
  minorToMajorText,
  parseMajorAmount,
  type CostCategory,
  type CostCurrency,
  type CostLine,
  type CostLineProblem,
  type CostPayer,
  type CostPeriod,
  type CostTotals,
} from '@strom/shared';

/** A line as the editor holds it: the unit cost as typed, in major units, so "35,5" stays what the member wrote. */
export interface DraftLine {
  key: string;
  category: CostCategory;
  payer: CostPayer;
  unitCost: string;
  quantity: string;
  period: CostPeriod;
  periods: string;
  startDay: string;
  sourceNote: string;
  /** The template's placeholder price for this line, while the member has not entered their own. */
  placeholderMinor: number | null;
}

export interface SavedLine {
  category: CostCategory;
  payer: CostPayer;
  unitCostMinor: number;
  quantity: number;
  period: CostPeriod;
  periods: number;
  startDay: number;
  illustrative: boolean;
  sourceNote?: string | null;
}

let nextKey = 0;
const key = () => `line-${(nextKey += 1)}`;

export function draftLine(line: SavedLine): DraftLine {
  return {
    key: key(),
    category: line.category,
    payer: line.payer,
    unitCost: minorToMajorText(line.unitCostMinor),
    quantity: String(line.quantity),
    period: line.period,
    periods: String(line.periods),
    startDay: String(line.startDay),
    sourceNote: line.sourceNote ?? '',
    placeholderMinor: line.illustrative ? line.unitCostMinor : null,
  };
}

export function emptyLine(): DraftLine {
  return draftLine({
    category: 'SHELTER',
    payer: 'MUNICIPALITY',
    unitCostMinor: 0,
    quantity: 1,
    period: 'DAY',
    periods: 1,
    startDay: 0,
    illustrative: false,
  });
}

const wholeNumber = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The draft as the shared formula reads it; an amount that is not one becomes NaN, which the formula names. */
export function toCostLine(line: DraftLine): CostLine {
  return {
    category: line.category,
    payer: line.payer,
    unitCostMinor: parseMajorAmount(line.unitCost) ?? Number.NaN,
    quantity: wholeNumber(line.quantity),
    period: line.period,
    periods: wholeNumber(line.periods),
    startDay: wholeNumber(line.startDay),
  };
}

export function isIllustrative(line: DraftLine): boolean {
  return line.placeholderMinor !== null && parseMajorAmount(line.unitCost) === line.placeholderMinor;
}

export interface DraftEvaluation {
  lines: CostLine[];
  problems: CostLineProblem[];
  totals: CostTotals | null;
}

/** What the live preview shows: the same formula and the same problems the server will find. */
export function evaluateDraft(draft: readonly DraftLine[]): DraftEvaluation {
  const lines = draft.map(toCostLine);
  const problems = costProblems(lines);
  return { lines, problems, totals: problems.length === 0 ? computeCostTotals(lines) : null };
}

export type { CostCurrency };

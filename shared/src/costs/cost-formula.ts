import type { CostCategory } from '../vocabularies.js';
import {
  COST_CATEGORY_GROUP,
  COST_GROUPS,
  COST_PAYERS,
  DAYS_PER_SCENARIO_MONTH,
  type CostGroup,
  type CostPayer,
  type CostPeriod,
} from './cost-vocabulary.js';
import { COST_PERIODS_MAX, COST_QUANTITY_MAX, COST_START_DAY_MAX, COST_TOTAL_MINOR_MAX, COST_UNIT_MINOR_MAX } from './cost-limits.js';

/**
 * One line of a cost scenario: `unitCostMinor × quantity` every period, for `periods` periods from `startDay`.
 * Money is in integer minor units (cents) and every sum is exact: the client's live preview and the server's saved
 * totals come from this one function, so they agree to the cent.
 */
export interface CostLine {
  category: CostCategory;
  payer: CostPayer;
  unitCostMinor: number;
  quantity: number;
  period: CostPeriod;
  periods: number;
  startDay: number;
}

export type CostLineField = 'unitCostMinor' | 'quantity' | 'periods' | 'startDay';

/** Why a line cannot be computed, per field, so the editor can point at it and the server can name it. */
export interface CostLineProblem {
  line: number;
  field: CostLineField | 'total';
  reason: string;
}

export interface CostTotals {
  totalMinor: number;
  lineTotals: number[];
  byGroup: Record<CostGroup, number>;
  byCategory: { category: CostCategory; totalMinor: number }[];
  byPayer: Record<CostPayer, number>;
  /** Month 1 is index 0; a scenario month is 30 days. */
  byMonth: number[];
}

const FIELD_RULES: { field: CostLineField; min: number; max: number; label: string }[] = [
  { field: 'unitCostMinor', min: 0, max: COST_UNIT_MINOR_MAX, label: 'The unit cost' },
  { field: 'quantity', min: 0, max: COST_QUANTITY_MAX, label: 'The quantity' },
  { field: 'periods', min: 1, max: COST_PERIODS_MAX, label: 'The duration' },
  { field: 'startDay', min: 0, max: COST_START_DAY_MAX, label: 'The start day' },
];

/** Every problem of every line, and of the total; empty when the scenario can be computed. */
export function costProblems(lines: readonly CostLine[]): CostLineProblem[] {
  const problems: CostLineProblem[] = [];
  lines.forEach((line, index) => {
    for (const { field, min, max, label } of FIELD_RULES) {
      const value = line[field];
      if (!Number.isInteger(value)) problems.push({ line: index, field, reason: `${label} must be a whole number.` });
      else if (value < min) problems.push({ line: index, field, reason: `${label} must be at least ${min}.` });
      else if (value > max) problems.push({ line: index, field, reason: `${label} must be at most ${max.toLocaleString('en')}.` });
    }
    if (line.period === 'ONCE' && line.periods !== 1 && Number.isInteger(line.periods))
      problems.push({ line: index, field: 'periods', reason: 'A one-off cost happens once: its duration is 1.' });
  });
  if (problems.length === 0 && exactTotal(lines) > BigInt(COST_TOTAL_MINOR_MAX))
    problems.push({ line: -1, field: 'total', reason: 'The total is too large to be a realistic scenario.' });
  return problems;
}

/** The totals of lines without problems (check `costProblems` first: this throws on a line it cannot compute). */
export function computeCostTotals(lines: readonly CostLine[]): CostTotals {
  const problem = costProblems(lines)[0];
  if (problem) throw new RangeError(`Line ${problem.line + 1}: ${problem.reason}`);
  const byGroup = zeros(COST_GROUPS);
  const byPayer = zeros(COST_PAYERS);
  const byCategory = new Map<CostCategory, bigint>();
  const byMonth: bigint[] = [];
  const lineTotals = lines.map((line) => {
    const perPeriod = BigInt(line.unitCostMinor) * BigInt(line.quantity);
    const total = perPeriod * BigInt(line.periods);
    byGroup[COST_CATEGORY_GROUP[line.category]] += total;
    byPayer[line.payer] += total;
    byCategory.set(line.category, (byCategory.get(line.category) ?? 0n) + total);
    for (const [month, periods] of periodsPerMonth(line)) byMonth[month] = (byMonth[month] ?? 0n) + perPeriod * BigInt(periods);
    return total;
  });
  return {
    totalMinor: Number(lineTotals.reduce((sum, total) => sum + total, 0n)),
    lineTotals: lineTotals.map(Number),
    byGroup: toNumbers(byGroup),
    byPayer: toNumbers(byPayer),
    byCategory: [...byCategory].map(([category, total]) => ({ category, totalMinor: Number(total) })),
    byMonth: Array.from(byMonth, (amount) => Number(amount ?? 0n)),
  };
}

function exactTotal(lines: readonly CostLine[]): bigint {
  return lines.reduce((sum, line) => sum + BigInt(line.unitCostMinor) * BigInt(line.quantity) * BigInt(line.periods), 0n);
}

/** How many of a line's periods fall in each scenario month, without walking day by day. */
export function periodsPerMonth(line: Pick<CostLine, 'period' | 'periods' | 'startDay'>): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (month: number, count: number) => counts.set(month, (counts.get(month) ?? 0) + count);
  const firstMonth = Math.floor(line.startDay / DAYS_PER_SCENARIO_MONTH);
  if (line.period === 'ONCE') add(firstMonth, 1);
  else if (line.period === 'MONTH') for (let i = 0; i < line.periods; i++) add(firstMonth + i, 1);
  else {
    const step = line.period === 'WEEK' ? 7 : 1;
    for (let i = 0; i < line.periods; i++) add(Math.floor((line.startDay + i * step) / DAYS_PER_SCENARIO_MONTH), 1);
  }
  return counts;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, bigint> {
  return Object.fromEntries(keys.map((key) => [key, 0n])) as Record<K, bigint>;
}

function toNumbers<K extends string>(record: Record<K, bigint>): Record<K, number> {
  return Object.fromEntries(Object.entries<bigint>(record).map(([key, value]) => [key, Number(value)])) as Record<K, number>;
}

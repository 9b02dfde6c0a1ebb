import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_CATEGORY_GROUP } from './cost-vocabulary.js';
import { computeCostTotals, costProblems, periodsPerMonth, type CostLine } from './cost-formula.js';
import { COST_PAYERS, COST_PERIODS } from './cost-vocabulary.js';
import { COST_TOTAL_MINOR_MAX } from './cost-limits.js';

const categories = Object.keys(COST_CATEGORY_GROUP).filter((key): key is keyof typeof COST_CATEGORY_GROUP => key in COST_CATEGORY_GROUP);

const line = fc
  .record({
    category: fc.constantFrom(...categories),
    payer: fc.constantFrom(...COST_PAYERS),
    unitCostMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
    quantity: fc.integer({ min: 0, max: 10_000 }),
    period: fc.constantFrom(...COST_PERIODS),
    periods: fc.integer({ min: 1, max: 400 }),
    startDay: fc.integer({ min: 0, max: 400 }),
  })
  .map((l): CostLine => (l.period === 'ONCE' ? { ...l, periods: 1 } : l));
const computable = fc.array(line, { maxLength: 12 }).filter((lines) => costProblems(lines).length === 0);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the cost formula', () => {
  it('adds the lines exactly: unit cost × quantity × duration, with no float on the way', () => {
    fc.assert(
      fc.property(computable, (lines) => {
        const totals = computeCostTotals(lines);
        const oracle = lines.reduce((s, l) => s + BigInt(l.unitCostMinor) * BigInt(l.quantity) * BigInt(l.periods), 0n);
        expect(BigInt(totals.totalMinor)).toBe(oracle);
        expect(sum(totals.lineTotals)).toBe(totals.totalMinor);
      }),
    );
  });

  it('splits the same total by group, by payer, by category and by month', () => {
    fc.assert(
      fc.property(computable, (lines) => {
        const totals = computeCostTotals(lines);
        expect(sum(Object.values(totals.byGroup))).toBe(totals.totalMinor);
        expect(sum(Object.values(totals.byPayer))).toBe(totals.totalMinor);
        expect(sum(totals.byCategory.map((c) => c.totalMinor))).toBe(totals.totalMinor);
        expect(sum(totals.byMonth)).toBe(totals.totalMinor);
      }),
    );
  });

  it('puts 180 days of shelter into six months of 30 nights', () => {
    const shelter: CostLine = {
      category: 'SHELTER',
      payer: 'STATE',
      unitCostMinor: 3550,
      quantity: 1,
      period: 'DAY',
      periods: 180,
      startDay: 0,
    };
    const totals = computeCostTotals([shelter]);
    expect(totals.totalMinor).toBe(639_000);
    expect(totals.byMonth).toEqual([106_500, 106_500, 106_500, 106_500, 106_500, 106_500]);
    expect(totals.byGroup).toEqual({ IN_ANTICIPATION: 0, AS_CONSEQUENCE: 639_000, IN_RESPONSE: 0 });
  });

  it('counts weekly sessions in the month they fall in, starting late', () => {
    expect([...periodsPerMonth({ period: 'WEEK', periods: 5, startDay: 25 })]).toEqual([
      [0, 1],
      [1, 4],
    ]);
    expect([...periodsPerMonth({ period: 'MONTH', periods: 2, startDay: 61 })]).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it('names the line and field of a negative, fractional or oversized number', () => {
    const base: CostLine = {
      category: 'MEDICAL',
      payer: 'MUNICIPALITY',
      unitCostMinor: 100,
      quantity: 1,
      period: 'ONCE',
      periods: 1,
      startDay: 0,
    };
    expect(costProblems([base, { ...base, quantity: -1 }])).toEqual([
      { line: 1, field: 'quantity', reason: 'The quantity must be at least 0.' },
    ]);
    expect(costProblems([{ ...base, unitCostMinor: 10.5 }])).toEqual([
      { line: 0, field: 'unitCostMinor', reason: 'The unit cost must be a whole number.' },
    ]);
    expect(costProblems([{ ...base, periods: 3 }])[0]).toMatchObject({ field: 'periods' });
    expect(() => computeCostTotals([{ ...base, quantity: -1 }])).toThrow(/Line 1/);
  });

  it('refuses a total above the limit instead of rounding it', () => {
    const huge: CostLine = {
      category: 'LOST_OUTPUT',
      payer: 'STATE',
      unitCostMinor: 1_000_000_000,
      quantity: 10_000,
      period: 'DAY',
      periods: 3650,
      startDay: 0,
    };
    expect(BigInt(1_000_000_000) * 10_000n * 3650n).toBeGreaterThan(BigInt(COST_TOTAL_MINOR_MAX));
    expect(costProblems([huge])).toEqual([{ line: -1, field: 'total', reason: 'The total is too large to be a realistic scenario.' }]);
  });
});

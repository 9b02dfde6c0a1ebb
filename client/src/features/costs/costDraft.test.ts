import { describe, expect, it } from 'vitest';
import { costScenarioCsv } from './costCsv';
import { draftLine, evaluateDraft, isIllustrative } from './costDraft';

const shelter = draftLine({
  category: 'SHELTER',
  payer: 'STATE',
  unitCostMinor: 3500,
  quantity: 1,
  period: 'DAY',
  periods: 180,
  startDay: 0,
  illustrative: true,
});

describe('the editor draft', () => {
  it('reads the unit cost as typed, with a comma, into exact minor units', () => {
    const evaluation = evaluateDraft([{ ...shelter, unitCost: '41,50', periods: '150' }]);
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.totals?.totalMinor).toBe(622_500);
  });

  it('names a line whose quantity is not a whole number, and shows no totals', () => {
    const evaluation = evaluateDraft([shelter, { ...shelter, key: 'b', quantity: '1.5' }]);
    expect(evaluation.problems).toEqual([{ line: 1, field: 'quantity', reason: 'The quantity must be a whole number.' }]);
    expect(evaluation.totals).toBeNull();
  });

  it('keeps a template price illustrative until the member enters another', () => {
    expect(isIllustrative(shelter)).toBe(true);
    expect(isIllustrative({ ...shelter, unitCost: '35,00' })).toBe(true);
    expect(isIllustrative({ ...shelter, unitCost: '36' })).toBe(false);
    expect(
      isIllustrative(
        draftLine({
          ...shelter,
          category: 'SHELTER',
          payer: 'STATE',
          unitCostMinor: 3500,
          quantity: 1,
          period: 'DAY',
          periods: 1,
          startDay: 0,
          illustrative: false,
        }),
      ),
    ).toBe(false);
  });
});

describe('the scenario as CSV', () => {
  it('writes amounts in major units and quotes a note that would run as a formula', () => {
    const evaluation = evaluateDraft([{ ...shelter, periods: '2' }]);
    const csv = costScenarioCsv(
      { title: 'Case, typical', currency: 'EUR', priceYear: 2026 },
      [{ ...evaluation.lines[0]!, sourceNote: '=HYPERLINK("x")' }],
      evaluation.totals!,
    );
    expect(csv).toContain('scenario,"Case, typical"');
    expect(csv).toContain('SHELTER,AS_CONSEQUENCE,STATE,35.00,1,DAY,2,0,70.00,"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('total,70.00');
  });
});

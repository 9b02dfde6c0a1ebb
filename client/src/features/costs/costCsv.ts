import { COST_CATEGORY_GROUP, minorToMajorText, type CostCurrency, type CostLine, type CostTotals } from '@strom/shared';

const cell = (value: string | number) => {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** One row per line and the totals beneath, amounts in major units with a point, as spreadsheets read them. */
export function costScenarioCsv(
  scenario: { title: string; currency: CostCurrency; priceYear: number },
  lines: readonly (CostLine & { sourceNote?: string | null })[],
  totals: CostTotals,
): string {
  const rows: (string | number)[][] = [
    ['scenario', scenario.title],
    ['currency', scenario.currency],
    ['price year', scenario.priceYear],
    [],
    ['category', 'moment', 'payer', 'unit cost', 'quantity', 'every', 'periods', 'from day', 'line total', 'source of the unit cost'],
    ...lines.map((line, index) => [
      line.category,
      COST_CATEGORY_GROUP[line.category],
      line.payer,
      minorToMajorText(line.unitCostMinor),
      line.quantity,
      line.period,
      line.periods,
      line.startDay,
      minorToMajorText(totals.lineTotals[index] ?? 0),
      line.sourceNote ?? '',
    ]),
    [],
    ['total', minorToMajorText(totals.totalMinor)],
    ...Object.entries(totals.byGroup).map(([group, amount]) => [group, minorToMajorText(amount)]),
    ...Object.entries(totals.byPayer).map(([payer, amount]) => [payer, minorToMajorText(amount)]),
    ...totals.byMonth.map((amount, month) => [`month ${month + 1}`, minorToMajorText(amount)]),
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

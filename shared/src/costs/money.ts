import { MINOR_UNITS_PER_MAJOR, type CostCurrency } from './cost-vocabulary.js';

/** "12.5" or "12,50" (as typed, in major units) → 1250 minor units; null when it is not an amount. */
export function parseMajorAmount(text: string): number | null {
  const match = /^\s*(\d{1,12})(?:[.,](\d{1,2}))?\s*$/.exec(text.replace(/[\s\u00a0]/g, ' '));
  if (!match) return null;
  return Number(match[1]) * MINOR_UNITS_PER_MAJOR + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 → "12.50": the editor's field value, never a float on the way. */
export function minorToMajorText(amountMinor: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const absolute = Math.abs(amountMinor);
  return `${sign}${Math.floor(absolute / MINOR_UNITS_PER_MAJOR)}.${String(absolute % MINOR_UNITS_PER_MAJOR).padStart(2, '0')}`;
}

/** A reader-facing amount in the reader's language: "€1,234.50", "1 234,50 kr". */
export function formatMoney(amountMinor: number, currency: CostCurrency, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 });
  // Integer division keeps exact cents; the formatter only places separators.
  return format.format(Number(minorToMajorText(amountMinor)));
}

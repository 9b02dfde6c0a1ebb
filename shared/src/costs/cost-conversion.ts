import type { CostCurrency } from './cost-vocabulary.js';

/** Units of a currency one euro buys in a year (annual average), as a decimal string: "7.4509". */
export interface ExchangeRate {
  year: number;
  currency: CostCurrency;
  perEuro: string;
}

/** A country's consumer price index in a year (any base, the same base across years of one country). */
export interface PriceIndex {
  year: number;
  countryCode: string;
  index: string;
}

export interface CostRates {
  exchange: readonly ExchangeRate[];
  prices: readonly PriceIndex[];
}

/** Where an amount stands: its currency, the year its prices are from, and the country whose prices they are. */
export interface PricePoint {
  currency: CostCurrency;
  year: number;
  countryCode: string;
}

export type ConversionResult = { ok: true; amountMinor: number } | { ok: false; missing: string };

const SCALE_DIGITS = 6;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

/**
 * Brings an amount to another currency and price year: first to the target year's prices of its own country
 * (price index), then to the target currency at that year's exchange rates (through the euro). Exact rational
 * arithmetic, rounded half away from zero once, at the end.
 */
export function convertMinor(
  amountMinor: number,
  from: PricePoint,
  to: Omit<PricePoint, 'countryCode'>,
  rates: CostRates,
): ConversionResult {
  if (from.currency === to.currency && from.year === to.year) return { ok: true, amountMinor };
  const indexFrom = priceIndex(rates, from.countryCode, from.year);
  const indexTo = priceIndex(rates, from.countryCode, to.year);
  const rateFrom = perEuro(rates, from.currency, to.year);
  const rateTo = perEuro(rates, to.currency, to.year);
  const missing = [indexFrom, indexTo, rateFrom, rateTo].find((value) => typeof value === 'string');
  if (missing !== undefined) return { ok: false, missing };
  const numerator = BigInt(amountMinor) * (indexTo as bigint) * (rateTo as bigint);
  const denominator = (indexFrom as bigint) * (rateFrom as bigint);
  return { ok: true, amountMinor: Number(divideRounded(numerator, denominator)) };
}

function priceIndex(rates: CostRates, countryCode: string, year: number): bigint | string {
  const row = rates.prices.find((price) => price.countryCode === countryCode && price.year === year);
  return row ? parseDecimal(row.index) : `No price index for ${countryCode} in ${year}.`;
}

function perEuro(rates: CostRates, currency: CostCurrency, year: number): bigint | string {
  if (currency === 'EUR') return SCALE;
  const row = rates.exchange.find((rate) => rate.currency === currency && rate.year === year);
  return row ? parseDecimal(row.perEuro) : `No exchange rate for ${currency} in ${year}.`;
}

/** "7.4509" → 7450900n (six decimals); refuses anything but a positive plain decimal. */
export function parseDecimal(text: string): bigint {
  const match = /^(\d{1,9})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal with up to ${SCALE_DIGITS} places: ${text}`);
  const value = BigInt(match[1]!) * SCALE + BigInt((match[2] ?? '').padEnd(SCALE_DIGITS, '0'));
  if (value === 0n) throw new RangeError('A rate or index must be above zero.');
  return value;
}

export function isDecimalRate(text: string): boolean {
  try {
    parseDecimal(text);
    return true;
  } catch {
    return false;
  }
}

function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

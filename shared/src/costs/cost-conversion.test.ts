import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor, parseDecimal, type CostRates } from './cost-conversion.js';
import { formatMoney, minorToMajorText, parseMajorAmount } from './money.js';

// Test figures, not published ones.
const rates: CostRates = {
  exchange: [
    { year: 2024, currency: 'SEK', perEuro: '11.5' },
    { year: 2024, currency: 'DKK', perEuro: '7.46' },
    { year: 2023, currency: 'SEK', perEuro: '11' },
  ],
  prices: [
    { year: 2023, countryCode: 'SE', index: '100' },
    { year: 2024, countryCode: 'SE', index: '102.5' },
    { year: 2024, countryCode: 'LV', index: '120' },
  ],
};

describe('converting an amount to one currency and price year', () => {
  it('leaves an amount in its own currency and year unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (amount) => {
        expect(convertMinor(amount, { currency: 'SEK', year: 2023, countryCode: 'SE' }, { currency: 'SEK', year: 2023 }, rates)).toEqual({
          ok: true,
          amountMinor: amount,
        });
      }),
    );
  });

  it('inflates with the country index, then converts at the target year through the euro', () => {
    // 1,000.00 SEK of 2023 → 1,025.00 SEK of 2024 → / 11.5 = 89.130… EUR → 89.13
    expect(convertMinor(100_000, { currency: 'SEK', year: 2023, countryCode: 'SE' }, { currency: 'EUR', year: 2024 }, rates)).toEqual({
      ok: true,
      amountMinor: 8913,
    });
    // 100.00 EUR of 2024 in Latvia → DKK 746.00
    expect(convertMinor(10_000, { currency: 'EUR', year: 2024, countryCode: 'LV' }, { currency: 'DKK', year: 2024 }, rates)).toEqual({
      ok: true,
      amountMinor: 74_600,
    });
  });

  it('rounds half away from zero, once', () => {
    // 0.01 SEK → 0.01/11.5 EUR = 0.00087 → 0.00
    expect(
      convertMinor(
        1,
        { currency: 'SEK', year: 2024, countryCode: 'SE' },
        { currency: 'EUR', year: 2024 },
        { ...rates, prices: [...rates.prices] },
      ),
    ).toEqual({ ok: true, amountMinor: 0 });
    // 0.23 EUR at 2.5 per euro = 0.575 → 0.58
    const half: CostRates = {
      exchange: [{ year: 2024, currency: 'PLN', perEuro: '2.5' }],
      prices: [{ year: 2024, countryCode: 'PL', index: '1' }],
    };
    expect(convertMinor(23, { currency: 'EUR', year: 2024, countryCode: 'PL' }, { currency: 'PLN', year: 2024 }, half)).toEqual({
      ok: true,
      amountMinor: 58,
    });
  });

  it('says which rate is missing', () => {
    expect(convertMinor(100, { currency: 'NOK', year: 2024, countryCode: 'NO' }, { currency: 'EUR', year: 2024 }, rates)).toEqual({
      ok: false,
      missing: 'No price index for NO in 2024.',
    });
    expect(convertMinor(100, { currency: 'SEK', year: 2023, countryCode: 'SE' }, { currency: 'PLN', year: 2024 }, rates)).toEqual({
      ok: false,
      missing: 'No exchange rate for PLN in 2024.',
    });
  });

  it('is monotonic: a larger amount never converts to a smaller one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e6 }), (a, extra) => {
        const from = { currency: 'SEK', year: 2023, countryCode: 'SE' } as const;
        const low = convertMinor(a, from, { currency: 'DKK', year: 2024 }, rates);
        const high = convertMinor(a + extra, from, { currency: 'DKK', year: 2024 }, rates);
        expect(low.ok && high.ok && high.amountMinor >= low.amountMinor).toBe(true);
      }),
    );
  });

  it('reads decimals exactly and refuses what is not one', () => {
    expect(parseDecimal('7.4509')).toBe(7_450_900n);
    expect(() => parseDecimal('0')).toThrow(/above zero/);
    expect(() => parseDecimal('1e3')).toThrow(/decimal/);
    expect(() => parseDecimal('-2')).toThrow(/decimal/);
  });
});

describe('money as typed and shown', () => {
  it('reads major amounts with a point or a comma into minor units', () => {
    expect(parseMajorAmount('35')).toBe(3500);
    expect(parseMajorAmount('35,5')).toBe(3550);
    expect(parseMajorAmount('35.05')).toBe(3505);
    expect(parseMajorAmount('-3')).toBeNull();
    expect(parseMajorAmount('3.456')).toBeNull();
  });

  it('round-trips every amount through the field text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (amount) => {
        expect(parseMajorAmount(minorToMajorText(amount))).toBe(amount);
      }),
    );
  });

  it('formats in the reader language with the currency', () => {
    expect(formatMoney(123_450, 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(formatMoney(5, 'SEK', 'en-GB')).toBe('SEK\u00a00.05');
  });
});

import { describe, expect, it } from 'vitest';
import { createFormat, formatLocale } from './useFormat';

describe('formatLocale', () => {
  it("writes English as the region does, and keeps a reader's own variant of the page's language", () => {
    expect(formatLocale('en', ['en-US', 'en'])).toBe('en-GB');
    expect(formatLocale('en', ['en-IE'])).toBe('en-IE');
    expect(formatLocale('de', ['de-AT', 'en-US'])).toBe('de-AT');
    expect(formatLocale('lv', ['en-US'])).toBe('lv');
  });
});

describe('dateTime', () => {
  it('uses the 24-hour clock and puts the day first in English', () => {
    const text = createFormat(formatLocale('en', ['en-US'])).dateTime('2026-11-01T15:35:00Z');
    expect(text).toMatch(/^1 Nov 2026/);
    expect(text).toMatch(/\b\d{2}:35$/);
    expect(text).not.toMatch(/AM|PM/i);
  });
});

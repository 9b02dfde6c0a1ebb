import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './counterpart-request.js';

const at = (iso: string) => new Date(iso);

describe('addWorkingDays', () => {
  it('counts Monday to Friday only', () => {
    // 2026-12-07 is a Monday.
    expect(addWorkingDays(at('2026-12-07T09:30:00Z'), 2).toISOString()).toBe('2026-12-09T09:30:00.000Z');
    expect(addWorkingDays(at('2026-12-10T09:30:00Z'), 2).toISOString()).toBe('2026-12-14T09:30:00.000Z');
    expect(addWorkingDays(at('2026-12-11T12:00:00Z'), 2).toISOString()).toBe('2026-12-15T12:00:00.000Z');
  });

  it('starts a weekend request on Monday', () => {
    expect(addWorkingDays(at('2026-12-12T08:00:00Z'), 2).toISOString()).toBe('2026-12-16T08:00:00.000Z');
    expect(addWorkingDays(at('2026-12-13T23:00:00Z'), 0).toISOString()).toBe('2026-12-14T23:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { dayBoundary } from './useAuditFilter';

describe('dayBoundary', () => {
  it('sends a picked day as the reader’s local midnight, and "to" as the next midnight (exclusive)', () => {
    expect(dayBoundary('2026-03-05', 'start')).toBe(new Date(2026, 2, 5).toISOString());
    expect(dayBoundary('2026-03-05', 'end')).toBe(new Date(2026, 2, 6).toISOString());
    expect(dayBoundary('2026-12-31', 'end')).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('ignores anything that is not a calendar day', () => {
    expect(dayBoundary('5.3.2026', 'start')).toBeUndefined();
    expect(dayBoundary(undefined, 'end')).toBeUndefined();
  });
});

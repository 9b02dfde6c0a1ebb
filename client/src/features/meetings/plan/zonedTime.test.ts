import { describe, expect, it } from 'vitest';
import { instantOfWallTime, isKnownZone, wallTimeIn } from './zonedTime';

describe('zoned wall times', () => {
  it('reads a wall time in the meeting’s zone as the right instant, in winter and summer', () => {
    expect(instantOfWallTime('2027-03-09T10:00', 'Europe/Riga')?.toISOString()).toBe('2027-03-09T08:00:00.000Z');
    expect(instantOfWallTime('2027-07-01T10:00', 'Europe/Riga')?.toISOString()).toBe('2027-07-01T07:00:00.000Z');
    expect(instantOfWallTime('2027-07-01T10:00', 'Europe/Berlin')?.toISOString()).toBe('2027-07-01T08:00:00.000Z');
  });

  it('writes an instant as the zone’s wall clock shows it, the inverse of reading', () => {
    expect(wallTimeIn(new Date('2027-03-09T08:00:00Z'), 'Europe/Riga')).toBe('2027-03-09T10:00');
    expect(wallTimeIn(new Date('2027-10-31T00:30:00Z'), 'Europe/Warsaw')).toBe('2027-10-31T02:30');
  });

  it('refuses malformed times and unknown zones', () => {
    expect(instantOfWallTime('9 March', 'Europe/Riga')).toBeNull();
    expect(instantOfWallTime('2027-03-09T10:00', 'Europe/Atlantis')).toBeNull();
    expect(isKnownZone('Europe/Atlantis')).toBe(false);
    expect(isKnownZone('Europe/Tallinn')).toBe(true);
  });
});

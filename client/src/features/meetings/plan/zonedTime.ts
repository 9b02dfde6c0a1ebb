// A planner types the wall time of the meeting's own zone (10:00 in Rīga), whatever zone their browser is in;
// the server stores instants. These convert between the two with Intl alone (no time-zone library in the bundle).

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** "2027-03-09T10:00" as the wall clock of `timeZone` shows `instant`. */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isKnownZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which `timeZone`'s wall clock reads `wall` ("2027-03-09T10:00"); null for a malformed value.
 * Two passes settle the zone's offset, including on the day it changes.
 */
export function instantOfWallTime(wall: string, timeZone: string): Date | null {
  const match = WALL.exec(wall);
  if (!match || !isKnownZone(timeZone)) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const asUtc = Date.UTC(year!, month! - 1, day, hour, minute);
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass += 1) {
    const shown = instantOfUtcWall(wallTimeIn(new Date(guess), timeZone));
    guess += asUtc - shown;
  }
  return new Date(guess);
}

function instantOfUtcWall(wall: string): number {
  const [, year, month, day, hour, minute] = WALL.exec(wall)!.map(Number);
  return Date.UTC(year!, month! - 1, day, hour, minute);
}

/** The browser's own zone, e.g. for a planner's default. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Calendar helpers on a fixed timeline. Demo data must not drift with the wall clock, so everything is placed
// relative to REFERENCE_DATE instead of "now".
import type { Rng } from './random.js';

export const REFERENCE_DATE = '2026-11-01T12:00:00Z';
export const REFERENCE_TIME_MS = Date.parse(REFERENCE_DATE);

/** The STROM project began in 2014; no role in the demo network predates mid-2014. */
export const NETWORK_START = '2014-06-01';

const DAY_MS = 86_400_000;

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** A random calendar day in [from, to], both 'YYYY-MM-DD'. */
export function randomDay(rng: Rng, from: string, to: string): string {
  const start = dayToMs(from) / DAY_MS;
  const end = dayToMs(to) / DAY_MS;
  return toDay(rng.int(start, end) * DAY_MS);
}

export function addDays(day: string, days: number): string {
  return toDay(dayToMs(day) + days * DAY_MS);
}

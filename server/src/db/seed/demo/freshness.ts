import { createHash } from 'node:crypto';
import { REFERENCE_TIME_MS } from './dates.js';

const DAY_MS = 86_400_000;
/** Records were last confirmed over the 18 months before the reference date: about a third are overdue. */
const SPREAD_DAYS = 540;

/** When a demo record was last confirmed: fixed by its key, so the demo does not drift with the wall clock. */
export function demoLastConfirmed(key: string): Date {
  const days = createHash('sha256').update(key).digest().readUInt32BE(0) % SPREAD_DAYS;
  return new Date(REFERENCE_TIME_MS - days * DAY_MS);
}

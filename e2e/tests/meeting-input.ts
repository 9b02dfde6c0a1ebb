import { randomUUID } from 'node:crypto';

const HOUR = 3_600_000;

/** A new REGIONAL, ONLINE meeting open to the network, tomorrow for two hours (on the minute), in Rīga's time zone. */
export function meetingTomorrow(title: string) {
  const startsAt = new Date(Math.floor((Date.now() + 24 * HOUR) / 60_000) * 60_000);
  return {
    id: randomUUID(),
    title,
    level: 'REGIONAL',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    timeZone: 'Europe/Riga',
    format: 'ONLINE',
    visibility: 'NETWORK',
  };
}

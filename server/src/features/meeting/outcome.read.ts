import type { Em } from '../../db/orm.js';
import type { MeetingListKey } from './meeting.loaders.js';

/** The distinct meeting ids of a loader's keys, as a uuid[] parameter. */
export const meetingIdsParam = (keys: readonly MeetingListKey[]) => `{${[...new Set(keys.map((k) => k.meetingId))].join(',')}}`;

/** A json column as the driver returns it (parsed, or a string on some drivers). */
export const jsonOf = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * A loader over per-meeting JSON parts: one statement for every meeting of the page, `sql` being the part's
 * subquery on `m` and `params` its bound values (placed before the meeting ids).
 */
export async function loadParts<T>(
  em: Em,
  keys: readonly MeetingListKey[],
  sql: string,
  params: unknown[],
  convert: (json: unknown) => T,
  empty: T,
): Promise<T[]> {
  const rows = await em.execute<{ meetingId: string; part: unknown }[]>(
    `select m.id as "meetingId", (${sql}) as part from meeting m where m.id = any(?::uuid[])`,
    [...params, meetingIdsParam(keys)],
  );
  const byMeeting = new Map(rows.map((row) => [row.meetingId, convert(row.part)]));
  return keys.map((key) => byMeeting.get(key.meetingId) ?? empty);
}

import type { MeetingListKey } from './meeting.loaders.js';

/** The distinct meeting ids of a loader's keys, as a uuid[] parameter. */
export const meetingIdsParam = (keys: readonly MeetingListKey[]) => `{${[...new Set(keys.map((k) => k.meetingId))].join(',')}}`;

/** Rows of many meetings, in the order of the loader's keys. */
export function groupByMeeting<T extends { meetingId: string }>(keys: readonly MeetingListKey[], rows: T[]): T[][] {
  const byMeeting = new Map<string, T[]>();
  for (const row of rows) byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
  return keys.map((key) => byMeeting.get(key.meetingId) ?? []);
}

/** A date column as SQL returns it (a Date, or a string on some drivers). */
export const toDate = (value: Date | string): Date => new Date(value);

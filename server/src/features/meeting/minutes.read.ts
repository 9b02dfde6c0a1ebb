import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import type { MeetingListKey } from './meeting.loaders.js';
import type { MeetingMinutes } from './minutes.types.js';
import { groupByMeeting, meetingIdsParam, toDate } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingMinutes: DataLoader<MeetingListKey, MeetingMinutes | null, string>;
  }
}

/** The minutes of every meeting a page shows, in one statement (drafts included: the resolver decides who reads them). */
export function createMinutesLoader(em: Em): DataLoader<MeetingListKey, MeetingMinutes | null, string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<MeetingMinutes[]>(
        `select meeting_id as "meetingId", status, source, html, version, updated_at as "updatedAt", published_at as "publishedAt"
           from meeting_minutes where meeting_id = any(?::uuid[])`,
        [meetingIdsParam(keys)],
      );
      const dated = rows.map((row) => ({ ...row, updatedAt: toDate(row.updatedAt), publishedAt: row.publishedAt && toDate(row.publishedAt) }));
      return groupByMeeting(keys, dated).map((found) => found[0] ?? null);
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

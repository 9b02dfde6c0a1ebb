import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import type { MeetingNote } from './decision.types.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { groupByMeeting, meetingIdsParam, toDate } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingNotes: DataLoader<MeetingListKey, MeetingNote[], string>;
  }
}

/** Notes and decisions of every meeting a page shows, oldest first, in one statement. */
export function createNotesLoader(em: Em): DataLoader<MeetingListKey, MeetingNote[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<MeetingNote[]>(
        `select n.id, n.meeting_id as "meetingId", n.kind, n.text, n.created_at as "createdAt"
           from meeting_note n where n.meeting_id = any(?::uuid[]) order by n.created_at, n.id`,
        [meetingIdsParam(keys)],
      );
      return groupByMeeting(keys, rows.map((row) => ({ ...row, createdAt: toDate(row.createdAt) })));
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

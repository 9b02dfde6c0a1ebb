import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import type { MeetingListKey } from './meeting.loaders.js';
import type { MeetingMinutes } from './minutes.types.js';
import { jsonOf, loadParts } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingMinutes: DataLoader<MeetingListKey, MeetingMinutes | null, string>;
  }
}

const MINUTES_SQL = `select json_build_object('id', n.meeting_id, 'meetingId', n.meeting_id, 'status', n.status, 'source', n.source, 'html', n.html,
    'version', n.version, 'updatedAt', n.updated_at, 'publishedAt', n.published_at)
  from meeting_minutes n where n.meeting_id = m.id`;

function minutesOf(json: unknown): MeetingMinutes | null {
  const row = jsonOf<(Omit<MeetingMinutes, 'updatedAt' | 'publishedAt'> & { updatedAt: string; publishedAt: string | null }) | null>(json);
  return row && { ...row, updatedAt: new Date(row.updatedAt), publishedAt: row.publishedAt ? new Date(row.publishedAt) : null };
}

/** The minutes of every meeting a page shows, in one statement (drafts included: the resolver decides who reads them). */
export function createMinutesLoader(em: Em): DataLoader<MeetingListKey, MeetingMinutes | null, string> {
  return new DataLoader((keys) => loadParts(em, keys, MINUTES_SQL, [], minutesOf, null), { cacheKeyFn: (key) => key.meetingId });
}

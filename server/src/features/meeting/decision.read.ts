import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import type { MeetingNote } from './decision.types.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { jsonOf, loadParts } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingNotes: DataLoader<MeetingListKey, MeetingNote[], string>;
  }
}

/** Notes and decisions of meeting `m`, oldest first, as one JSON value. */
export const NOTES_SQL = `select coalesce(json_agg(json_build_object('id', n.id, 'meetingId', n.meeting_id, 'kind', n.kind, 'text', n.text,
    'createdAt', n.created_at) order by n.created_at, n.id), '[]'::json)
  from meeting_note n where n.meeting_id = m.id`;

registerLiveStatePart({ key: 'notes', sql: NOTES_SQL });

export function notesOf(json: unknown): MeetingNote[] {
  return jsonOf<(Omit<MeetingNote, 'createdAt'> & { createdAt: string })[]>(json).map((note) => ({
    ...note,
    createdAt: new Date(note.createdAt),
  }));
}

/** Notes and decisions of every meeting a page shows, in one statement. */
export function createNotesLoader(em: Em): DataLoader<MeetingListKey, MeetingNote[], string> {
  return new DataLoader((keys) => loadParts(em, keys, NOTES_SQL, [], notesOf, []), { cacheKeyFn: (key) => key.meetingId });
}

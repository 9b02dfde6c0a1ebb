import type { Viewer } from '../../core/auth.js';
import { NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import type { MeetingAccess } from './meeting-access.js';
import { lockMeeting } from './meeting-load.js';

/** The tables of what a meeting produces, each row with its `meeting_id`. */
type OutcomeTable = 'meeting_poll' | 'meeting_question' | 'meeting_action_item';

const WHAT: Record<OutcomeTable, string> = {
  meeting_poll: 'The poll',
  meeting_question: 'The question',
  meeting_action_item: 'The action item',
};

/**
 * The meeting a poll, question or action item belongs to, locked for the command (its event `sequence` and the
 * item's own changes take turns); NOT_FOUND when the item does not exist or its meeting is hidden from `viewer`.
 */
export async function lockMeetingOf(
  em: Em,
  viewer: Viewer,
  table: OutcomeTable,
  rawId: string,
  field: string,
): Promise<[MeetingAccess, string]> {
  const id = parseUuid(rawId, field);
  const [row] = await em.execute<{ meeting_id: string }[]>(`select meeting_id from ${table} where id = ?`, [id]);
  if (!row) throw new NotFound(WHAT[table]);
  try {
    return [await lockMeeting(em, viewer, row.meeting_id), id];
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound(WHAT[table]);
    throw error;
  }
}

/** Whether a row with this client id exists already (a retried creation): then the command returns it unchanged. */
export async function exists(em: Em, table: OutcomeTable | 'meeting_note', id: string, meetingId: string): Promise<boolean> {
  const [row] = await em.execute(`select 1 from ${table} where id = ? and meeting_id = ?`, [id, meetingId]);
  return row !== undefined;
}

/** What an outcome command returns: the item and its meeting, for the resolver's answer. */
export interface OutcomeRef {
  id: string;
  meetingId: string;
}

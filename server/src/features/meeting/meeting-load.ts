import type { Viewer } from '../../core/auth.js';
import { Conflict, NotFound } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import {
  MEETING_ACCESS_COLUMNS,
  meetingAccessOf,
  seesMeeting,
  viewerIdParam,
  type MeetingAccess,
  type MeetingAccessRow,
} from './meeting-access.js';

/**
 * A meeting's rules as `viewer` stands in it, locked for the command's transaction (`for update`: two RSVPs for
 * the last seat take turns); NOT_FOUND when it does not exist or the viewer may not see it, so ids reveal nothing.
 */
export async function lockMeeting(em: Em, viewer: Viewer, id: string): Promise<MeetingAccess> {
  const [row] = await em.execute<MeetingAccessRow[]>(`select ${MEETING_ACCESS_COLUMNS} from meeting m where m.id = ? for update`, [
    viewerIdParam(viewer),
    id,
  ]);
  const access = row ? meetingAccessOf(row) : null;
  if (!access || !seesMeeting(viewer, access)) throw new NotFound('The meeting');
  return access;
}

/** A cancelled or ended meeting takes no more answers or changes: a clear CONFLICT rather than a refusal. */
export function refuseClosed(meeting: MeetingAccess): void {
  if (meeting.status === 'CANCELLED') throw new Conflict('This meeting was cancelled');
  if (meeting.status === 'ENDED') throw new Conflict('This meeting has ended');
}

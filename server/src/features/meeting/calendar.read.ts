import type { MemberViewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { viewerIdParam, visibleMeetingSql } from './meeting-access.js';
import type { CalendarMeeting } from './meeting-ics.js';
import { MEETING_COLUMNS, MEETING_JOINS, toMeeting, type MeetingRow } from './meeting-row.js';

/** Meetings of a member's calendar feed go back this far. */
const FEED_PAST_DAYS = 90;

/**
 * Calendar entries as `viewer` may see them, in one statement: one meeting (`meetingId`), or their feed (meetings
 * they host or have not declined, with a date, from FEED_PAST_DAYS ago on).
 */
export async function calendarMeetings(em: Em, viewer: MemberViewer, meetingId: string | null): Promise<CalendarMeeting[]> {
  const visible = visibleMeetingSql(viewer);
  const which = meetingId
    ? { sql: `m.id = ?`, params: [meetingId] }
    : {
        sql: `m.starts_at is not null and m.ends_at > now() - make_interval(days => ?) and (
          exists (select 1 from meeting_host ch where ch.meeting_id = m.id and ch.user_id = ?)
          or exists (select 1 from meeting_participant cp where cp.meeting_id = m.id and cp.user_id = ? and cp.status <> 'DECLINED'))`,
        params: [FEED_PAST_DAYS, viewer.userId, viewer.userId],
      };
  const rows = await em.execute<MeetingRow[]>(
    `select ${MEETING_COLUMNS} from meeting m ${MEETING_JOINS} where ${which.sql} and m.status <> 'DRAFT' and ${visible.sql}
      order by m.starts_at, m.id limit 1000`,
    [viewerIdParam(viewer), ...which.params, ...visible.params],
  );
  return rows.map((row) => ({ meeting: toMeeting(viewer, row), sequence: row.calendar_sequence, updatedAt: new Date(row.updated_at) }));
}

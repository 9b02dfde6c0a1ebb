import { MEETING_ACCESS_COLUMNS, meetingAccessOf, type MeetingAccessRow } from './meeting-access.js';
import { meetingAbilities } from './meeting.policy.js';
import type { Viewer } from '../../core/auth.js';
import type { MeetingNode } from './meeting.types.js';

/**
 * A meeting with its hosts and seat counts, from a meeting aliased `m`, in one statement. Bind the viewer's user id
 * (or null) first, for the access columns.
 */
export const MEETING_COLUMNS = `m.id, m.title, m.purpose, m.level, trim(m.country_code) as country_code, m.municipality_id,
  mu.name as municipality_name, m.follows_id, m.starts_at, m.ends_at, m.time_zone, m.format, m.venue, m.online_link, m.capacity,
  m.visibility, m.status, m.cancel_reason, m.reminder_offsets, m.last_event_sequence::int as last_event_sequence, m.version,
  m.calendar_sequence, m.updated_at,
  coalesce(m.starts_at, m.created_at) as sort_at, ${MEETING_ACCESS_COLUMNS},
  coalesce((select json_agg(json_build_object('userId', h.user_id, 'name', coalesce(x.full_name, 'A member')) order by x.full_name)
     from meeting_host h join app_user u on u.id = h.user_id left join expert x on x.id = u.expert_id where h.meeting_id = m.id), '[]') as hosts,
  (select count(*) filter (where p.status = 'ACCEPTED')::int || ',' || count(*) filter (where p.status = 'WAITING')::int || ',' || count(*)::int
     from meeting_participant p where p.meeting_id = m.id) as counts`;

export const MEETING_JOINS = `left join municipality mu on mu.id = m.municipality_id`;

export interface MeetingRow extends MeetingAccessRow {
  id: string;
  title: string;
  purpose: string | null;
  level: MeetingNode['level'];
  country_code: string | null;
  municipality_id: string | null;
  municipality_name: string | null;
  follows_id: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  time_zone: string;
  format: MeetingNode['format'];
  venue: string | null;
  online_link: string | null;
  capacity: number | null;
  visibility: MeetingNode['visibility'];
  status: MeetingNode['status'];
  cancel_reason: string | null;
  reminder_offsets: number[];
  last_event_sequence: number;
  version: number;
  calendar_sequence: number;
  updated_at: Date;
  sort_at: Date;
  hosts: { userId: string; name: string }[] | string;
  counts: string;
}

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The row as `viewer` may see it: the online link only for hosts and accepted participants (per-field policy). */
export function toMeeting(viewer: Viewer, row: MeetingRow): MeetingNode {
  const access = meetingAccessOf(row);
  const [accepted, waiting, invited] = row.counts.split(',').map(Number);
  const seesLink = meetingAbilities.can(viewer, 'seeOnlineLink', access);
  return {
    id: row.id,
    title: row.title,
    purpose: row.purpose,
    level: row.level,
    countryCode: row.country_code,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    followsId: row.follows_id,
    startsAt: date(row.starts_at),
    endsAt: date(row.ends_at),
    timeZone: row.time_zone,
    format: row.format,
    venue: row.venue,
    onlineLink: seesLink ? row.online_link : null,
    hasOnlineLink: row.online_link !== null,
    capacity: row.capacity,
    visibility: row.visibility,
    status: row.status,
    cancelReason: row.cancel_reason,
    reminderOffsets: row.reminder_offsets.map(Number),
    hosts: typeof row.hosts === 'string' ? JSON.parse(row.hosts) : row.hosts,
    acceptedCount: accepted ?? 0,
    waitingCount: waiting ?? 0,
    invitedCount: invited ?? 0,
    viewerStatus: access.viewerStatus,
    calendarPath: `/calendar/meeting/${row.id}.ics`,
    lastEventSequence: row.last_event_sequence,
    version: row.version,
    access,
  };
}

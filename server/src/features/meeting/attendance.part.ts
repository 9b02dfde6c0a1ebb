import type { MeetingLiveState } from './meeting-live-state.types.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import { personJson } from './meeting-person.js';
import type { MeetingAttendance } from './attendance.types.js';

export interface AttendanceJson {
  present: { person: { userId: string; name: string; countryCode: string | null }; inPerson: boolean; checkedInAt: string }[];
  expected: { countryCode: string | null; count: number }[];
  attended: { countryCode: string | null; count: number }[];
}

/** Who is checked in at meeting `m` and how many accepted per country, as one JSON value. */
export const ATTENDANCE_SQL = `select json_build_object(
    'present', coalesce((select json_agg(json_build_object('person', ${personJson('a.user_id')}, 'inPerson', a.in_person,
        'checkedInAt', a.checked_in_at) order by a.country_code, a.checked_in_at)
      from meeting_attendance a where a.meeting_id = m.id and a.left_at is null), '[]'::json),
    'expected', coalesce((select json_agg(json_build_object('countryCode', e.country_code, 'count', e.count))
      from (select trim(u.country_code) as country_code, count(*)::int as count from meeting_participant p
              join app_user u on u.id = p.user_id where p.meeting_id = m.id and p.status = 'ACCEPTED' group by u.country_code) e),
      '[]'::json),
    'attended', coalesce((select json_agg(json_build_object('countryCode', t.country_code, 'count', t.count))
      from (select trim(a.country_code) as country_code, count(*)::int as count from meeting_attendance a
             where a.meeting_id = m.id group by a.country_code) t), '[]'::json))`;

registerLiveStatePart({ key: 'attendance', sql: ATTENDANCE_SQL });

/** Attendance with counts per country (every country that is expected or present), sorted by code. SQL-free. */
export function attendanceOf(json: AttendanceJson, state: Pick<MeetingLiveState, 'viewerId'>): MeetingAttendance {
  const counts = new Map<string, { countryCode: string | null; present: number; expected: number; attended: number }>();
  const entry = (code: string | null) => {
    const key = code ?? '';
    if (!counts.has(key)) counts.set(key, { countryCode: code, present: 0, expected: 0, attended: 0 });
    return counts.get(key)!;
  };
  for (const row of json.expected) entry(row.countryCode).expected = row.count;
  for (const row of json.attended) entry(row.countryCode).attended = row.count;
  for (const row of json.present) entry(row.person.countryCode).present += 1;
  const present = json.present.map((row) => ({ person: row.person, inPerson: row.inPerson, checkedInAt: new Date(row.checkedInAt) }));
  return {
    presentCount: present.length,
    attendedCount: json.attended.reduce((sum, row) => sum + row.count, 0),
    present,
    byCountry: [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value),
    viewerPresent: json.present.some((row) => row.person.userId === state.viewerId),
  };
}

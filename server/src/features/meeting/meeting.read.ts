import { isMember, type Viewer } from '../../core/auth.js';
import type { ConnectionShape } from '../../core/connection.js';
import { decodeStreamCursor, encodeStreamCursor } from '../../core/live/stream-cursor.js';
import type { Em } from '../../db/orm.js';
import { viewerIdParam, visibleMeetingSql } from './meeting-access.js';
import { MEETING_COLUMNS, MEETING_JOINS, toMeeting, type MeetingRow } from './meeting-row.js';
import type { MeetingsArgs } from './meeting.args.js';
import type { MeetingNode } from './meeting.types.js';

const NO_DATE = new Date('9999-12-31T00:00:00.000Z');

/** One meeting as the viewer may see it; null when it does not exist or they may not. One statement. */
export async function findMeeting(em: Em, viewer: Viewer, id: string): Promise<MeetingNode | null> {
  if (!isMember(viewer)) return null;
  const visible = visibleMeetingSql(viewer);
  const [row] = await em.execute<MeetingRow[]>(
    `select ${MEETING_COLUMNS} from meeting m ${MEETING_JOINS} where m.id = ? and ${visible.sql}`,
    [viewerIdParam(viewer), id, ...visible.params],
  );
  return row ? toMeeting(viewer, row) : null;
}

/**
 * A page of the meetings the viewer may see (filtered in SQL): UPCOMING (not yet ended, soonest first; drafts
 * without a date last), PAST (ended or over, latest first), MINE (hosted or invited, soonest first); by scope.
 * Two statements (page and count) whatever the page size.
 */
export async function findMeetings(em: Em, viewer: Viewer, args: MeetingsArgs): Promise<ConnectionShape<MeetingNode>> {
  if (!isMember(viewer)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const visible = visibleMeetingSql(viewer);
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  // Drafts without a date sort last, at a date a cursor can carry.
  const sortAt = `coalesce(m.starts_at, '${NO_DATE.toISOString()}'::timestamptz)`;
  if (args.when === 'PAST') where.push(`(m.status = 'ENDED' or m.ends_at < now())`);
  else where.push(`m.status <> 'ENDED' and (m.ends_at is null or m.ends_at >= now())`);
  if (args.when === 'MINE') {
    where.push(`(exists (select 1 from meeting_host mh where mh.meeting_id = m.id and mh.user_id = ?)
      or exists (select 1 from meeting_participant mp where mp.meeting_id = m.id and mp.user_id = ? and mp.status <> 'DECLINED'))`);
    params.push(viewer.userId, viewer.userId);
  }
  const filterBy = (condition: string, value: string | null | undefined) => {
    if (!value) return;
    where.push(condition);
    params.push(value);
  };
  filterBy(`m.level = ?`, args.level);
  filterBy(`m.country_code = ?`, args.countryCode?.toUpperCase());
  filterBy(`m.municipality_id = ?`, args.municipalityId);
  const descending = args.when === 'PAST';
  const filtered = where.join(' and ');
  const pageWhere = [filtered];
  const pageParams = [...params];
  if (args.after) {
    const position = decodeStreamCursor(args.after);
    pageWhere.push(`(${sortAt}, m.id) ${descending ? '<' : '>'} (?::timestamptz, ?::uuid)`);
    pageParams.push(position.at.toISOString(), position.id);
  }
  const order = descending ? 'desc' : 'asc';
  const rows = await em.execute<MeetingRow[]>(
    `select ${MEETING_COLUMNS} from meeting m ${MEETING_JOINS} where ${pageWhere.join(' and ')}
      order by ${sortAt} ${order}, m.id ${order} limit ?`,
    [viewerIdParam(viewer), ...pageParams, args.first + 1],
  );
  const [count] = await em.execute<{ n: number }[]>(`select count(*)::int as n from meeting m where ${filtered}`, params);
  const page = rows.slice(0, args.first).map((row) => toMeeting(viewer, row));
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count!.n };
}

function cursorOf(node: MeetingNode): string {
  return encodeStreamCursor({ at: node.startsAt ?? NO_DATE, id: node.id });
}

import type { MemberViewer } from '../../core/auth.js';
import { decodeStreamCursor, encodeStreamCursor, type StreamPosition } from '../../core/live/stream-cursor.js';
import { subjectKey, type Subjects } from '../../core/subjects.js';
import type { Em } from '../../db/orm.js';
import type { NotificationsArgs } from './notification.inputs.js';
import { NOTIFICATION_COLUMNS, rowPosition, rowRef, toEdge, type NotificationRow } from './notification-rows.js';
import type { NotificationConnection, NotificationEdge } from './notification.types.js';

/**
 * Whether a reader may still see a subject is known only to its feature (its SubjectSource), not to SQL here.
 * So a page is read in rounds: `first + 1` rows after the cursor, their subjects summarised (one statement per
 * type), the hidden ones dropped, until the page is full or the rows run out. The cursor is a position in the
 * recipient's own list, hidden rows included, so the next page starts right after the last row looked at and
 * nothing is skipped or repeated. After MAX_ROUNDS a page may come back short with `hasNextPage` and a cursor
 * past the rows looked at: a member who lost sight of hundreds of things in a row pays a few short pages, never
 * an unbounded read.
 */
const MAX_ROUNDS = 4;

export async function findNotifications(
  em: Em,
  subjects: Subjects,
  viewer: MemberViewer,
  args: NotificationsArgs,
): Promise<NotificationConnection> {
  const edges: NotificationEdge[] = [];
  let position: StreamPosition | null = args.after ? decodeStreamCursor(args.after) : null;
  let exhausted = false;
  for (let round = 0; round < MAX_ROUNDS && edges.length <= args.first && !exhausted; round++) {
    const rows = await pageRows(em, viewer.userId, { before: position, unreadOnly: args.unreadOnly, limit: args.first + 1 });
    exhausted = rows.length <= args.first;
    const summaries = await subjects.summarise(em, viewer, rows.map(rowRef));
    for (const row of rows) {
      const edge = toEdge(row, summaries);
      if (edge) edges.push(edge);
    }
    const last = rows.at(-1);
    if (last) position = rowPosition(last);
  }
  const full = edges.length > args.first;
  const page = edges.slice(0, args.first);
  const endCursor = full || exhausted ? (page.at(-1)?.cursor ?? null) : position && encodeStreamCursor(position);
  return { edges: page, pageInfo: { hasNextPage: full || !exhausted, endCursor } };
}

/** One of the recipient's notifications, as they may see it now; null if it is not theirs or its subject is hidden. */
export async function findNotification(em: Em, subjects: Subjects, viewer: MemberViewer, id: string): Promise<NotificationEdge | null> {
  const rows = await em.execute<NotificationRow[]>(`select ${NOTIFICATION_COLUMNS} where n.id = ? and n.recipient_id = ?`, [
    id,
    viewer.userId,
  ]);
  const [row] = rows;
  if (!row) return null;
  return toEdge(row, await subjects.summarise(em, viewer, [rowRef(row)]));
}

/**
 * Counted per subject, the most recently notified first, then summarised like a page. Only the newest
 * COUNTED_SUBJECTS subjects count: the bell shows "99+" long before that matters, and the read stays bounded.
 */
const COUNTED_SUBJECTS = 500;

export async function countUnread(em: Em, subjects: Subjects, viewer: MemberViewer): Promise<number> {
  const rows = await em.execute<{ subject_type: string; subject_id: string; count: number }[]>(
    `select subject_type, subject_id, count(*)::int as count from notification
      where recipient_id = ? and read_at is null
      group by subject_type, subject_id order by max(created_at) desc limit ?`,
    [viewer.userId, COUNTED_SUBJECTS],
  );
  const summaries = await subjects.summarise(
    em,
    viewer,
    rows.map((row) => ({ type: row.subject_type, id: row.subject_id })),
  );
  return rows.reduce((sum, row) => sum + (summaries.has(subjectKey({ type: row.subject_type, id: row.subject_id })) ? row.count : 0), 0);
}

/** The recipient's rows newest first, before a position. */
function pageRows(em: Em, userId: string, options: { before: StreamPosition | null; unreadOnly: boolean; limit: number }) {
  const { before, unreadOnly, limit } = options;
  return em.execute<NotificationRow[]>(
    `select ${NOTIFICATION_COLUMNS}
      where n.recipient_id = ? ${unreadOnly ? 'and n.read_at is null' : ''}
        ${before ? 'and (n.created_at, n.id) < (?::timestamptz, ?::uuid)' : ''}
      order by n.created_at desc, n.id desc limit ?`,
    [userId, ...(before ? [before.at.toISOString(), before.id] : []), limit],
  );
}

/** The recipient's rows oldest first, after a position: a reconnecting subscriber's catch-up. */
export function rowsAfter(em: Em, userId: string, after: StreamPosition, limit: number): Promise<NotificationRow[]> {
  return em.execute<NotificationRow[]>(
    `select ${NOTIFICATION_COLUMNS}
      where n.recipient_id = ? and (n.created_at, n.id) > (?::timestamptz, ?::uuid)
      order by n.created_at, n.id limit ?`,
    [userId, after.at.toISOString(), after.id, limit],
  );
}

import { encodeStreamCursor, type StreamPosition } from '../../core/live/stream-cursor.js';
import { subjectKey, type SubjectSummary } from '../../core/subjects.js';
import type { NotificationKind } from './notification-kind.js';
import type { NotificationEdge, NotificationNode } from './notification.types.js';

/** One notification with its actor's public face, as the list, the live feed and the catch-up read it. */
export interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  subject_type: string;
  subject_id: string;
  created_at: Date | string;
  read_at: Date | string | null;
  actor_id: string | null;
  actor_expert_id: string | null;
  actor_name: string | null;
  actor_deleted: boolean | null;
}

/** `select ${NOTIFICATION_COLUMNS} where …`: the notification `n` and the actor's profile, if any. */
export const NOTIFICATION_COLUMNS = `n.id, n.recipient_id, n.kind, n.subject_type, n.subject_id, n.created_at, n.read_at,
    n.actor_id, e.id as actor_expert_id, e.full_name as actor_name, u.deleted_at is not null as actor_deleted
  from notification n left join app_user u on u.id = n.actor_id left join expert e on e.id = u.expert_id`;

export function rowPosition(row: NotificationRow): StreamPosition {
  return { at: new Date(row.created_at), id: row.id };
}

export function rowRef(row: NotificationRow) {
  return { type: row.subject_type, id: row.subject_id };
}

/** The row as its recipient sees it, or null when the subject is not among what they may see. */
export function toEdge(row: NotificationRow, summaries: Map<string, SubjectSummary>): NotificationEdge | null {
  const summary = summaries.get(subjectKey(rowRef(row)));
  if (!summary) return null;
  const node: NotificationNode = {
    id: row.id,
    kind: row.kind,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
    actor: row.actor_id === null ? null : { displayName: actorName(row), expertId: row.actor_deleted ? null : row.actor_expert_id },
    subject: { type: row.subject_type, title: summary.title, path: summary.path },
  };
  return { cursor: encodeStreamCursor(rowPosition(row)), node };
}

function actorName(row: NotificationRow): string {
  if (row.actor_deleted) return 'Former member';
  return row.actor_name ?? 'A member';
}

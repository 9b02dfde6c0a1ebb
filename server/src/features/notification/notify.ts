import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { subjectKey } from '../../core/subjects.js';
import { mentionMail } from './notification-mail.js';
import type { NotificationKind } from './notification-kind.js';
import { notificationChannel } from './notification.live.js';
import { loadRecipients, uuidArray } from './recipients.js';

export type { NotificationKind } from './notification-kind.js';

export interface Notice {
  /** A user id. */
  recipientId: string;
  kind: NotificationKind;
  /** e.g. `{ type: 'post', id }`: resolved through the SubjectSource of that type when read. */
  subject: { type: string; id: string };
  /** Groups notices for bulk removal, e.g. `forum:<id>` when a member leaves a closed group. */
  context: string | null;
  /** Who caused it (a user id); never notified of their own action. */
  actorId: string | null;
  /** Unique per recipient and event, e.g. `mention:<postId>:<userId>`: a retried job creates nothing twice. */
  key: string;
}

interface InsertedRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  subject_type: string;
  subject_id: string;
}

/**
 * Inserts the notifications (skipping the actor and existing keys) in one statement, publishes each recipient's
 * live event, and records the immediate e-mails (mentions) for recipients who want them — all inside the uow, so
 * a retried job that notifies again changes nothing and sends nothing twice.
 */
export async function notify(uow: UnitOfWork, notices: readonly Notice[]): Promise<void> {
  const unique = new Map<string, Notice>();
  for (const notice of notices) {
    if (notice.recipientId !== notice.actorId) unique.set(`${notice.recipientId}\u0000${notice.key}`, notice);
  }
  if (unique.size === 0) return;
  const rows = [...unique.values()];
  const createdAt = uow.now.toISOString();
  const inserted = await uow.em.execute<InsertedRow[]>(
    `insert into notification (id, recipient_id, kind, subject_type, subject_id, context, actor_id, key, created_at)
       values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz)').join(', ')}
       on conflict (recipient_id, key) do nothing
       returning id, recipient_id, kind, subject_type, subject_id`,
    rows.flatMap((n) => [randomUUID(), n.recipientId, n.kind, n.subject.type, n.subject.id, n.context, n.actorId, n.key, createdAt]),
  );
  for (const row of inserted) uow.publish(notificationChannel(row.recipient_id), { notificationId: row.id });
  await mailMentions(
    uow,
    inserted.filter((row) => row.kind === 'MENTION'),
  );
}

/**
 * A mention is mailed at once to a recipient who wants that, naming the subject as they see it; a subject
 * they cannot see (any more) is not mailed at all.
 */
async function mailMentions(uow: UnitOfWork, mentions: readonly InsertedRow[]): Promise<void> {
  if (mentions.length === 0) return;
  const recipients = await loadRecipients(uow.em, [...new Set(mentions.map((row) => row.recipient_id))]);
  const emailed: string[] = [];
  for (const row of mentions) {
    const recipient = recipients.get(row.recipient_id);
    if (!recipient?.mentionEmails) continue;
    const ref = { type: row.subject_type, id: row.subject_id };
    const summary = (await uow.subjects.summarise(uow.em, recipient.viewer, [ref])).get(subjectKey(ref));
    if (!summary) continue;
    uow.record('mail', mentionMail(uow.config, recipient.email, summary), `notification-mail:${row.id}`);
    emailed.push(row.id);
  }
  if (emailed.length === 0) return;
  await uow.em.execute(`update notification set emailed_at = ?::timestamptz where id = any(?::uuid[])`, [
    uow.now.toISOString(),
    uuidArray(emailed),
  ]);
}

/** Removes a recipient's notifications of one context (a member removed from a closed group). */
export async function forgetNotifications(uow: UnitOfWork, filter: { recipientId: string; context: string }): Promise<void> {
  await uow.em.execute(`delete from notification where recipient_id = ? and context = ?`, [filter.recipientId, filter.context]);
}

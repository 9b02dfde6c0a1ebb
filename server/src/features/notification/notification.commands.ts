import type { MemberViewer } from '../../core/auth.js';
import { NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { notificationAbilities } from './notification.policy.js';

/** Marks one of the viewer's notifications read (again: a no-op); someone else's is not found. */
export async function markNotificationRead(deps: CommandDeps, id: string): Promise<void> {
  notificationAbilities.authorize(deps.actor, 'manageOwn');
  const { userId } = deps.actor as MemberViewer;
  const notificationId = parseUuid(id, 'id');
  await runCommand(deps, async (uow) => {
    const marked = await uow.em.execute<{ id: string }[]>(
      `update notification set read_at = coalesce(read_at, ?::timestamptz) where id = ? and recipient_id = ? returning id`,
      [uow.now.toISOString(), notificationId, userId],
    );
    if (marked.length === 0) throw new NotFound('Notification');
  });
}

/**
 * Marks the viewer's notifications read up to the newest one they were shown (its cursor): one that arrived
 * meanwhile stays unread. Without a cursor, everything up to now (notifications about hidden things too).
 */
export async function markAllNotificationsRead(deps: CommandDeps, upTo: string | null): Promise<void> {
  notificationAbilities.authorize(deps.actor, 'manageOwn');
  const { userId } = deps.actor as MemberViewer;
  const limit = upTo ? decodeStreamCursor(upTo, 'upTo') : null;
  await runCommand(deps, (uow) =>
    uow.em.execute(
      `update notification set read_at = ?::timestamptz
        where recipient_id = ? and read_at is null
          and ${limit ? '(created_at, id) <= (?::timestamptz, ?::uuid)' : 'created_at <= ?::timestamptz'}`,
      [uow.now.toISOString(), userId, ...(limit ? [limit.at.toISOString(), limit.id] : [uow.now.toISOString()])],
    ),
  );
}

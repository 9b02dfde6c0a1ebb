import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { topic } from '../../core/pubsub.js';

// A change is recorded twice in the command's transaction: as the row's `changed_at` (where a reconnecting
// reader of `threadChanged` resumes from) and as an event published after the commit. Milliseconds only, so a
// cursor (a JS date) compares equal to the row it came from.
const NOW = `date_trunc('milliseconds', clock_timestamp())`;

/** An edit, removal, hide, purge or reaction: every live reader of the thread gets the post as it now is. */
export async function markPostChanged(uow: UnitOfWork, threadId: string, postId: string): Promise<void> {
  await uow.em.execute(`update post set changed_at = ${NOW} where id = ?`, [postId]);
  uow.publish(topic('thread', threadId), { kind: 'POST_CHANGED', threadId, postId });
}

/** Locked, pinned, closed, solved or moved: every live reader of the thread gets its new state. */
export async function markThreadChanged(uow: UnitOfWork, threadId: string): Promise<void> {
  await uow.em.execute(`update thread set changed_at = ${NOW} where id = ?`, [threadId]);
  uow.publish(topic('thread', threadId), { kind: 'THREAD_CHANGED', threadId });
}

import type { GuardrailConfirmation } from '@strom/shared';
import { guardTexts } from '../guardrail/guard-texts.js';
import { BadUserInput, Forbidden } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { topic } from '../../core/pubsub.js';
import { audit } from '../audit/audit.service.js';
import { markPostChanged, markThreadChanged } from './forum-changes.js';
import { visibleForum, visiblePost, visibleThread } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { signedInActor } from './thread.commands.js';
import type { MergeThreadsInput, MoveThreadInput } from './thread.inputs.js';

const PURGED_TEXT = '';

/** Moves a thread to another forum; the mover must moderate both (a closed group's thread must not leak out by accident). */
export async function moveThread(deps: CommandDeps, input: MoveThreadInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { thread, subject } = await visibleThread(em, actor, parseUuid(input.threadId, 'input.threadId'));
    forumAbilities.authorize(actor, 'moderate', subject);
    const target = await visibleForum(em, actor, parseUuid(input.forumId, 'input.forumId'));
    if (!forumAbilities.can(actor, 'moderate', { forum: target }))
      throw new Forbidden('You may move threads only into forums you moderate');
    if (target.id === thread.forumId) return thread.id;
    await em.execute(`update thread set forum_id = ?, version = version + 1 where id = ?`, [target.id, thread.id]);
    // Watches and activity entries of the old forum do not follow the thread.
    await em.execute(`delete from network_activity where thread_id = ?`, [thread.id]);
    await audit(em, {
      action: 'THREAD_MOVED',
      actorId: actor.userId,
      subjectType: 'thread',
      subjectId: thread.id,
      details: { from: thread.forumId, to: target.id, reason: input.reason ?? null },
    });
    uow.publish(topic('forum', thread.forumId), { kind: 'THREAD_REMOVED', threadId: thread.id });
    uow.publish(topic('forum', target.id), { kind: 'THREAD_CREATED', threadId: thread.id });
    await markThreadChanged(uow, thread.id);
    return thread.id;
  });
}

/**
 * Appends the posts of `source` to `target` (in their order, after its last post) and removes the emptied
 * thread. Both must be threads the actor moderates.
 */
export async function mergeThreads(deps: CommandDeps, input: MergeThreadsInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const sourceId = parseUuid(input.sourceId, 'input.sourceId');
    const targetId = parseUuid(input.targetId, 'input.targetId');
    if (sourceId === targetId) throw BadUserInput.field('input.targetId', 'A thread cannot be merged into itself');
    const source = await visibleThread(em, actor, sourceId, { lock: true });
    const target = await visibleThread(em, actor, targetId, { lock: true });
    forumAbilities.authorize(actor, 'moderate', source.subject);
    forumAbilities.authorize(actor, 'moderate', target.subject);
    const offset = target.thread.postCount;
    const moved = await em.execute<{ id: string; position: number }[]>(
      `update post set thread_id = ?, position = position + ? where thread_id = ? returning id, position`,
      [targetId, offset, sourceId],
    );
    await em.execute(
      `update thread set post_count = post_count + ?, version = version + 1,
         last_post_at = greatest(last_post_at, (select last_post_at from thread where id = ?)) where id = ?`,
      [source.thread.postCount, sourceId, targetId],
    );
    await em.execute(`delete from thread where id = ?`, [sourceId]);
    await audit(em, {
      action: 'THREADS_MERGED',
      actorId: actor.userId,
      subjectType: 'thread',
      subjectId: targetId,
      details: { merged: sourceId, reason: input.reason ?? null },
    });
    uow.publish(topic('forum', source.thread.forumId), { kind: 'THREAD_REMOVED', threadId: sourceId });
    uow.publish(topic('thread', sourceId), { kind: 'THREAD_MERGED', threadId: sourceId, targetId });
    await markThreadChanged(uow, targetId);
    // The target's live readers get the appended posts as new posts, in one event so they arrive in order.
    const postIds = moved.toSorted((a, b) => a.position - b.position).map((post) => post.id);
    if (postIds.length > 0) uow.publish(topic('thread', targetId), { kind: 'POSTS_APPENDED', threadId: targetId, postIds });
    uow.publish(topic('forum', target.thread.forumId), { kind: 'THREAD_ACTIVITY', threadId: targetId });
    return targetId;
  });
}

/**
 * For the rare case of a victim's data posted: wipes the post's text everywhere it is kept (source, both
 * renderings, plain text, every revision, the author's draft stays theirs). Moderators only, with a reason,
 * audited. The post keeps its place, marked purged.
 */
export async function purgePost(
  deps: CommandDeps,
  postId: string,
  reason: string | null,
  confirmations: readonly GuardrailConfirmation[] = [],
): Promise<string> {
  const actor = signedInActor(deps);
  if (!reason?.trim()) throw BadUserInput.field('reason', 'Say why the post is purged; the reason goes to the audit log');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, subject } = await visiblePost(em, actor, parseUuid(postId, 'postId'));
    forumAbilities.authorize(actor, 'moderate', subject);
    // The reason goes to the audit log: it must not carry what the purge removes.
    await guardTexts(uow, actor, [{ field: 'reason', text: reason }], confirmations, { type: 'post', id: post.id });
    await em.execute(
      `update post set source = ?, html = ?, public_html = ?, body_text = ?, mentions = '{}', quotes = '{}', resource_ids = '{}',
         guardrail_confirmations = '[]', purged_at = ?, version = version + 1 where id = ?`,
      [PURGED_TEXT, PURGED_TEXT, PURGED_TEXT, PURGED_TEXT, uow.now, post.id],
    );
    await em.execute(`delete from post_revision where post_id = ?`, [post.id]);
    await em.execute(
      `update post_flag set status = 'RESOLVED', resolved_by_id = ?, resolved_at = ? where post_id = ? and status = 'OPEN'`,
      [actor.userId, uow.now, post.id],
    );
    await audit(em, {
      action: 'POST_PURGED',
      actorId: actor.userId,
      subjectType: 'post',
      subjectId: post.id,
      details: { reason: reason.trim() },
    });
    await markPostChanged(uow, post.threadId, post.id);
    return post.id;
  });
}

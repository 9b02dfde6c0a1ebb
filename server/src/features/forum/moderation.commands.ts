import type { GuardrailConfirmation } from '@strom/shared';
import { guardTexts } from '../guardrail/guard-texts.js';
import { FLAG_REASON_MAX } from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { isMember } from '../../core/auth.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { notify } from '../notification/notify.js';
import { topic } from '../../core/pubsub.js';
import { audit } from '../audit/audit.service.js';
import type { PostModerationKey, ThreadModerationKey } from './forum.enums.js';
import { markPostChanged, markThreadChanged } from './forum-changes.js';
import { visiblePost, visibleThread, type PostFacts, type ThreadFacts } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { PostFlag } from './post-flag.entity.js';
import { Post } from './post.entity.js';
import { signedInActor } from './thread.commands.js';

const THREAD_CHANGES: Record<ThreadModerationKey, Partial<Record<'locked' | 'pinned' | 'closed', boolean>>> = {
  LOCK: { locked: true },
  UNLOCK: { locked: false },
  PIN: { pinned: true },
  UNPIN: { pinned: false },
  CLOSE: { closed: true },
  REOPEN: { closed: false },
};

/** Lock, pin, close a thread or undo it: the forum's moderators, audited with the reason. */
export async function moderateThread(
  deps: CommandDeps,
  threadId: string,
  action: ThreadModerationKey,
  reason: string | null,
  confirmations: readonly GuardrailConfirmation[] = [],
): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { thread, subject } = await visibleThread(em, actor, parseUuid(threadId, 'threadId'));
    forumAbilities.authorize(actor, 'moderate', subject);
    await guardTexts(uow, actor, [{ field: 'reason', text: reason }], confirmations, { type: 'thread', id: thread.id });
    const change = THREAD_CHANGES[action];
    const columns = Object.keys(change);
    await em.execute(`update thread set ${columns.map((c) => `${c} = ?`).join(', ')}, version = version + 1 where id = ?`, [
      ...Object.values(change),
      thread.id,
    ]);
    await audit(em, {
      action: 'THREAD_MODERATED',
      actorId: actor.userId,
      subjectType: 'thread',
      subjectId: thread.id,
      details: { moderation: action, reason },
    });
    await markThreadChanged(uow, thread.id);
    uow.publish(topic('forum', thread.forumId), { kind: 'THREAD_CHANGED', threadId: thread.id });
    return thread.id;
  });
}

/** Hide a post (its place stays; moderators still read it) or show it again; resolves its open flags. */
export async function moderatePost(
  deps: CommandDeps,
  postId: string,
  action: PostModerationKey,
  reason: string | null,
  confirmations: readonly GuardrailConfirmation[] = [],
): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, thread, subject } = await visiblePost(em, actor, parseUuid(postId, 'postId'));
    forumAbilities.authorize(actor, 'moderate', subject);
    await guardTexts(uow, actor, [{ field: 'reason', text: reason }], confirmations, { type: 'post', id: post.id });
    await em.nativeUpdate(Post, { id: post.id }, { hiddenAt: action === 'HIDE' ? uow.now : null, version: post.version + 1 });
    await em.nativeUpdate(
      PostFlag,
      { post: post.id, status: 'OPEN' },
      { status: 'RESOLVED', resolvedById: actor.userId, resolvedAt: uow.now },
    );
    await audit(em, {
      action: 'POST_MODERATED',
      actorId: actor.userId,
      subjectType: 'post',
      subjectId: post.id,
      details: { moderation: action, reason },
    });
    await tellAuthor(uow, post, thread, action);
    await markPostChanged(uow, post.threadId, post.id);
    return post.id;
  });
}

/** Marks the answer to a question (or clears it with null): the thread's author or a moderator. */
export async function markSolved(deps: CommandDeps, threadId: string, postId: string | null): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { thread, subject } = await visibleThread(em, actor, parseUuid(threadId, 'threadId'));
    forumAbilities.authorize(actor, 'markSolved', subject);
    const answerId = postId ? parseUuid(postId, 'postId') : null;
    if (answerId) {
      const [row] = await em.execute(`select id from post where id = ? and thread_id = ? and deleted_at is null and hidden_at is null`, [
        answerId,
        thread.id,
      ]);
      if (!row) throw BadUserInput.field('postId', 'The answer must be a post of this thread');
    }
    await em.execute(`update thread set solved_post_id = ?, version = version + 1 where id = ?`, [answerId, thread.id]);
    await markThreadChanged(uow, thread.id);
    uow.publish(topic('forum', thread.forumId), { kind: 'THREAD_CHANGED', threadId: thread.id });
    return thread.id;
  });
}

/** A member's report of a post to the forum's moderators; one open flag per member and post. */
export async function flagPost(
  deps: CommandDeps,
  postId: string,
  reason: string,
  confirmations: readonly GuardrailConfirmation[] = [],
): Promise<string> {
  const actor = signedInActor(deps);
  const text = reason.trim();
  if (text.length === 0) throw BadUserInput.field('reason', 'Say why you flag this post');
  if (text.length > FLAG_REASON_MAX) throw BadUserInput.field('reason', `reason must be at most ${FLAG_REASON_MAX} characters`);
  return runCommand(deps, async (uow) => {
    const { em, now } = uow;
    const { post, subject } = await visiblePost(em, actor, parseUuid(postId, 'postId'));
    forumAbilities.authorize(actor, 'flag', subject);
    await guardTexts(uow, actor, [{ field: 'reason', text }], confirmations, { type: 'post', id: post.id });
    const [open] = await em.execute(`select id from post_flag where post_id = ? and reporter_id = ? and status = 'OPEN'`, [
      post.id,
      actor.userId,
    ]);
    if (open) return post.id;
    em.create(PostFlag, { post: post.id, reporterId: actor.userId, reason: text, createdAt: now });
    await audit(em, { action: 'POST_FLAGGED', actorId: actor.userId, subjectType: 'post', subjectId: post.id });
    return post.id;
  });
}

/** The author hears that a moderator hid (or showed again) their post; the notice names the thread, which they still read. */
async function tellAuthor(uow: UnitOfWork, post: PostFacts, thread: ThreadFacts, action: PostModerationKey): Promise<void> {
  if (!post.authorId) return;
  await notify(uow, [
    {
      recipientId: post.authorId,
      kind: 'MODERATION',
      subject: { type: 'thread', id: thread.id },
      context: `forum:${thread.forumId}`,
      actorId: isMember(uow.actor) ? uow.actor.userId : null,
      key: `moderation:${post.id}:${action}:${post.version}`,
    },
  ]);
}

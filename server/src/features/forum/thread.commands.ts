import { randomUUID } from 'node:crypto';
import { THREAD_TAGS_MAX, TAG_MAX, normaliseTag } from '@strom/shared';
import { isMember, type MemberViewer } from '../../core/auth.js';
import { BadUserInput, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { topic } from '../../core/pubsub.js';
import { recordThreadActivity } from './forum-activity.js';
import { visibleForum, visibleThread } from './forum-subjects.js';
import { forumAbilities, type ForumSubject } from './forum.policy.js';
import { createPost, exactlyOnce, insertReply, postByClientId, type CreatedPost } from './post-writing.js';
import type { Em } from '../../db/orm.js';
import { advanceReadState } from './read-state.js';
import { enqueueNotices } from './forum-notices.worker.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { renderPost } from './post-rendering.js';
import { Thread } from './thread.entity.js';
import type { AddPostInput, CreateThreadInput } from './thread.inputs.js';

/** A reply's ids, and the thread's subject as the reply found it, when this call wrote it (not when a retry found it). */
export interface CreatedReply extends CreatedPost {
  subject?: ForumSubject;
}

export function signedInActor(deps: CommandDeps): MemberViewer {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  return deps.actor;
}

/** Tags as stored: normalised, distinct, none empty. */
export function normaliseTags(tags: readonly string[]): string[] {
  const normal = [...new Set(tags.map(normaliseTag).filter((tag) => tag.length > 0))];
  if (normal.length > THREAD_TAGS_MAX) throw BadUserInput.field('input.tags', `a thread may have at most ${THREAD_TAGS_MAX} tags`);
  if (normal.some((tag) => tag.length > TAG_MAX)) throw BadUserInput.field('input.tags', `a tag may be at most ${TAG_MAX} characters`);
  return normal;
}

/**
 * A new thread with its opening post, in one transaction. The opening post carries the client id: a retry
 * returns the thread the first attempt created.
 */
export async function createThread(deps: CommandDeps, input: CreateThreadInput): Promise<CreatedPost> {
  const author = signedInActor(deps);
  const clientId = parseUuid(input.clientId, 'input.clientId');
  return exactlyOnce(deps.em, author, clientId, () =>
    runCommand(deps, async (uow) => {
      const { em } = uow;
      const existing = await postByClientId(em, author.userId, clientId);
      if (existing) return existing;
      const forum = await visibleForum(em, author, parseUuid(input.forumId, 'input.forumId'));
      forumAbilities.authorize(author, 'startThread', { forum });
      const tags = normaliseTags(input.tags ?? []);
      const rendered = await renderPost(em, author, forum, input.source);
      const thread = em.create(Thread, {
        forum: forum.id,
        title: input.title.trim(),
        tags,
        authorId: author.userId,
        createdAt: uow.now,
        lastPostAt: uow.now,
        postCount: 1,
      });
      const post = createPost(uow, author, { threadId: thread.id, position: 1, clientId, replyToId: null, rendered, source: input.source });
      post.guardrailConfirmations = await guardTexts(
        uow,
        author,
        [
          { field: 'title', text: input.title },
          { field: 'source', text: input.source },
        ],
        input.confirmations,
        {
          type: 'post',
          id: post.id,
        },
      );
      await em.flush();
      await advanceReadState(em, author.userId, thread.id, 1, uow.now);
      // Its author watches the thread they started.
      await em.execute(
        `insert into watch (id, user_id, thread_id, level) values (gen_random_uuid(), ?, ?, 'WATCHING') on conflict do nothing`,
        [author.userId, thread.id],
      );
      recordThreadActivity(uow, forum, thread);
      enqueueNotices(uow, post.id);
      uow.publish(topic('forum', forum.id), { kind: 'THREAD_CREATED', threadId: thread.id });
      return { threadId: thread.id, postId: post.id };
    }),
  );
}

/** A reply at the end of the thread. Locked and closed threads take replies from moderators only. */
export async function addPost(deps: CommandDeps, input: AddPostInput): Promise<CreatedReply> {
  const author = signedInActor(deps);
  const clientId = parseUuid(input.clientId, 'input.clientId');
  return exactlyOnce(deps.em, author, clientId, () =>
    runCommand(deps, async (uow): Promise<CreatedReply> => {
      const { em } = uow;
      const existing = await postByClientId(em, author.userId, clientId);
      if (existing) return existing;
      // Locked: posts of one thread take their positions one after another.
      const { thread, subject } = await visibleThread(em, author, parseUuid(input.threadId, 'input.threadId'), { lock: true });
      forumAbilities.authorize(author, 'reply', subject);
      const replyToId = input.replyToId ? await replyTarget(em, thread.id, input.replyToId) : null;
      const rendered = await renderPost(em, author, subject.forum, input.source);
      const id = randomUUID();
      const confirmations = await guardTexts(uow, author, [{ field: 'source', text: input.source }], input.confirmations, {
        type: 'post',
        id,
      });
      const position = thread.postCount + 1;
      await insertReply(uow, author, {
        id,
        threadId: thread.id,
        position,
        clientId,
        replyToId,
        rendered,
        source: input.source,
        confirmations,
      });
      enqueueNotices(uow, id);
      uow.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: id });
      uow.publish(topic('forum', thread.forumId), { kind: 'THREAD_ACTIVITY', threadId: thread.id });
      return { threadId: thread.id, postId: id, subject };
    }),
  );
}

/** A reply answers a post of the same thread. */
async function replyTarget(em: Em, threadId: string, replyToId: string): Promise<string> {
  const id = parseUuid(replyToId, 'input.replyToId');
  const [row] = await em.execute<{ id: string }[]>(`select id from post where id = ? and thread_id = ?`, [id, threadId]);
  if (!row) throw BadUserInput.field('input.replyToId', 'The post you reply to is not in this thread');
  return row.id;
}

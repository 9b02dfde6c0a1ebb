import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import type { ConfirmedFinding } from '../guardrail/guard-texts.js';
import { Post } from './post.entity.js';
import type { RenderedPost } from './post-rendering.js';
import { advanceReadStateSql } from './read-state.js';

/** The ids a create answers with; a retry with the same client id answers with the same ones. */
export interface CreatedPost {
  threadId: string;
  postId: string;
}

/** The post this author already created with this client id, if any. */
export async function postByClientId(em: Em, authorId: string, clientId: string): Promise<CreatedPost | null> {
  const [row] = await em.execute<{ id: string; thread_id: string }[]>(
    `select id, thread_id from post where author_id = ? and client_id = ?`,
    [authorId, clientId],
  );
  return row ? { threadId: row.thread_id, postId: row.id } : null;
}

/**
 * Runs a create; when a concurrent retry with the same client id won the race (the unique index refused this
 * one), answers with what that retry created: never two posts, never an error for a retry.
 */
export async function exactlyOnce(
  em: Em,
  author: MemberViewer,
  clientId: string,
  create: () => Promise<CreatedPost>,
): Promise<CreatedPost> {
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const existing = await postByClientId(em.fork(), author.userId, clientId);
    if (!existing) throw error;
    return existing;
  }
}

export interface PostDraft {
  threadId: string;
  position: number;
  clientId: string;
  replyToId: string | null;
  rendered: RenderedPost;
  source: string;
}

/** Adds the post to the command's unit of work (stored at its commit). */
export function createPost(uow: UnitOfWork, author: MemberViewer, draft: PostDraft): Post {
  return uow.em.create(Post, {
    thread: draft.threadId,
    position: draft.position,
    authorId: author.userId,
    clientId: draft.clientId,
    source: draft.source,
    html: draft.rendered.html,
    publicHtml: draft.rendered.publicHtml,
    bodyText: draft.rendered.text,
    replyToId: draft.replyToId,
    quotes: draft.rendered.quotes,
    resourceIds: draft.rendered.resources,
    mentions: draft.rendered.mentions,
    createdAt: uow.now,
  });
}

export interface ReplyDraft extends PostDraft {
  id: string;
  confirmations: ConfirmedFinding[];
}

/**
 * A reply at the end of its (locked) thread, in one statement: the post, the thread's count and last activity, the
 * writer's read position (they have read everything up to their own post) and their draft, which is now sent. One
 * round trip instead of four, and no entity for the unit of work to inspect at the commit.
 */
export async function insertReply(uow: UnitOfWork, author: MemberViewer, draft: ReplyDraft): Promise<void> {
  const readState = advanceReadStateSql(author.userId, draft.threadId, draft.position, uow.now);
  await uow.em.execute(
    `with counted as (update thread set post_count = ?, last_post_at = ? where id = ?),
          read_state as (${readState.sql}),
          draft_sent as (delete from draft where user_id = ? and thread_id = ?)
     insert into post (id, thread_id, position, author_id, client_id, source, html, public_html, body_text, reply_to_id,
                       quotes, resource_ids, mentions, guardrail_confirmations, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?::uuid[], ?::jsonb, ?)`,
    [
      draft.position,
      uow.now,
      draft.threadId,
      ...readState.params,
      author.userId,
      draft.threadId,
      draft.id,
      draft.threadId,
      draft.position,
      author.userId,
      draft.clientId,
      draft.source,
      draft.rendered.html,
      draft.rendered.publicHtml,
      draft.rendered.text,
      draft.replyToId,
      `{${draft.rendered.quotes.join(',')}}`,
      `{${draft.rendered.resources.join(',')}}`,
      `{${draft.rendered.mentions.join(',')}}`,
      JSON.stringify(draft.confirmations),
      uow.now,
    ],
  );
}

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { Post } from './post.entity.js';
import type { RenderedPost } from './post-rendering.js';

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

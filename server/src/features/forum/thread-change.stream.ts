import type { Context } from '../../core/context.js';
import { closingWith } from '../../core/live/inbox.js';
import { defineLiveFeed, type LiveEvent } from '../../core/live/live-hub.js';
import { decodeStreamCursor, encodeStreamCursor } from '../../core/live/stream-cursor.js';
import { topic } from '../../core/pubsub.js';
import { seesForum, type ForumAccess } from './forum-access.js';
import { loadThread, visibleThread } from './forum-subjects.js';
import type { ThreadEvent } from './forum.events.js';
import { threadRows } from './forum.live.js';
import type { ForumSubject } from './forum.policy.js';
import { follow } from './forum.stream.js';
import { findLiveReactions, type LiveReactions } from './live-reactions.js';
import { findPostRows, type PostRow } from './post.read.js';
import type { ThreadRow } from './thread-row.js';

const CATCH_UP_PAGE = 100;

/**
 * One change of a thread as every local subscriber shares it: the post or the thread as it is now (a change
 * is a new state, not a diff), with the forum's rules as they are now. `at` is its place in the stream.
 */
export type LiveChange =
  | { kind: 'post'; id: string; at: Date; row: PostRow; subject: ForumSubject; reactions: LiveReactions }
  | { kind: 'thread'; id: string; at: Date; row: ThreadRow; forum: ForumAccess }
  | { kind: 'merged'; id: string; at: Date; targetId: string; forum: ForumAccess };

const forumOf = (change: LiveChange) => (change.kind === 'post' ? change.subject.forum : change.forum);

export const changeCursor = (change: LiveChange) => encodeStreamCursor({ at: change.at, id: change.id });

/**
 * Resolved once per event and process: two statements (three for a post with reactions: who gave them, for each
 * subscriber's own `mine`), whatever the number of subscribers.
 */
export const threadChangeFeed = defineLiveFeed<ThreadEvent, LiveChange>('forum-thread-change', async (event, { em }) => {
  if (event.kind === 'POST_ADDED' || event.kind === 'POSTS_APPENDED') return null;
  if (event.kind === 'THREAD_MERGED') {
    // The merged thread is gone; its readers follow the target if they may read it.
    const target = await loadThread(em, event.targetId);
    return target ? { kind: 'merged', id: event.threadId, at: new Date(), targetId: event.targetId, forum: target.subject.forum } : null;
  }
  const found = await loadThread(em, event.threadId);
  if (!found) return null;
  if (event.kind === 'THREAD_CHANGED') {
    const [row] = await threadRows(em, 't.id = ?', [event.threadId]);
    return row?.changed_at ? { kind: 'thread', id: row.id, at: new Date(row.changed_at), row, forum: found.subject.forum } : null;
  }
  const [row] = await findPostRows(em, [event.postId]);
  // A post merged away since belongs to another thread's readers now.
  if (!row?.changed_at || row.thread_id !== event.threadId) return null;
  const reactions = await findLiveReactions(em, [row]);
  return { kind: 'post', id: row.id, at: new Date(row.changed_at), row, subject: found.subject, reactions };
});

/**
 * `threadChanged(threadId, after)`: checked at subscribe time (NOT_FOUND when hidden) and for every change.
 * From a cursor, first the posts and thread state changed since (each once, as they now are), then live ones;
 * a post is sent again only when it changed again since it was last sent.
 */
export async function threadChangeStream(
  ctx: Context,
  threadId: string,
  after: string | null,
): Promise<AsyncGenerator<LiveEvent<LiveChange>>> {
  const { thread } = await visibleThread(ctx.em, ctx.viewer, threadId);
  const start = after ? decodeStreamCursor(after) : null;
  // Subscribed before the catch-up read, so nothing falls in between.
  const live = ctx.services.live.subscribe(topic('thread', thread.id), threadChangeFeed);
  async function* missed(): AsyncGenerator<LiveEvent<LiveChange>> {
    if (!start) return;
    let cursor = start;
    for (;;) {
      const scope = ctx.services.live.scope();
      const { subject } = await visibleThread(scope.em, ctx.viewer, thread.id);
      const changes = await scope.em.execute<{ kind: 'post' | 'thread'; id: string; changed_at: Date }[]>(
        `select kind, id, changed_at from (
           select 'post' as kind, id, changed_at from post
            where thread_id = ? and changed_at is not null and (changed_at, id) > (?::timestamptz, ?::uuid)
           union all
           select 'thread', id, changed_at from thread
            where id = ? and changed_at is not null and (changed_at, id) > (?::timestamptz, ?::uuid)
         ) c order by changed_at, id limit ${CATCH_UP_PAGE}`,
        [thread.id, cursor.at, cursor.id, thread.id, cursor.at, cursor.id],
      );
      const postIds = changes.filter((c) => c.kind === 'post').map((c) => c.id);
      const postRows = postIds.length > 0 ? await findPostRows(scope.em, postIds) : [];
      const posts = new Map(postRows.map((row) => [row.id, row]));
      const reactions = await findLiveReactions(scope.em, postRows);
      const [threadRow] = changes.some((c) => c.kind === 'thread') ? await threadRows(scope.em, 't.id = ?', [thread.id]) : [];
      for (const change of changes) {
        const at = new Date(change.changed_at);
        const post = posts.get(change.id);
        if (post) yield { value: { kind: 'post', id: post.id, at, row: post, subject, reactions }, scope };
        else if (change.kind === 'thread' && threadRow)
          yield { value: { kind: 'thread', id: thread.id, at, row: threadRow, forum: subject.forum }, scope };
      }
      if (changes.length < CATCH_UP_PAGE) return;
      const last = changes.at(-1)!;
      cursor = { at: new Date(last.changed_at), id: last.id };
    }
  }
  // The newest state sent per post (and for the thread): an event resolved to a state already sent is dropped.
  const sent = new Map<string, number>();
  const fresh = (change: LiveChange) => {
    const at = change.kind === 'merged' ? Infinity : new Date(change.row.changed_at!).getTime();
    if ((sent.get(change.id) ?? -Infinity) >= at) return false;
    sent.set(change.id, at);
    return true;
  };
  return closingWith(
    follow(live, missed(), fresh, (change) => seesForum(ctx.viewer, forumOf(change))),
    live,
  );
}

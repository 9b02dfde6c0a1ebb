import type { Context } from '../../core/context.js';
import { closingWith, type Inbox } from '../../core/live/inbox.js';
import type { LiveEvent } from '../../core/live/live-hub.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { topic } from '../../core/pubsub.js';
import { seesForum } from './forum-access.js';
import { visibleForum, visibleThread } from './forum-subjects.js';
import { postAddedFeed, threadActivityFeed, threadRows, type LivePost, type LiveThread } from './forum.live.js';
import { findLiveReactions } from './live-reactions.js';
import { findPostRows, positionCursor } from './post.read.js';

const CATCH_UP_PAGE = 100;

/**
 * One subscriber's stream: what it missed after its cursor (oldest first), then the live events, each once and in
 * order (`fresh` drops what was already sent and remembers what passes), each checked against the subscriber's
 * rights of the moment. When those rights go (removed from a closed group), the stream ends.
 */
export async function* follow<T>(
  live: AsyncIterableIterator<LiveEvent<T>>,
  missed: AsyncIterable<LiveEvent<T>>,
  fresh: (value: T) => boolean,
  allowed: (value: T) => boolean,
): AsyncGenerator<LiveEvent<T>> {
  try {
    for (const source of [missed, live]) {
      for await (const event of source) {
        if (!allowed(event.value)) return;
        if (fresh(event.value)) yield event;
      }
    }
  } finally {
    await live.return?.();
  }
}

/** `postAdded(threadId, after)`: checked at subscribe time (NOT_FOUND when hidden) and for every post. */
export async function postAddedStream(ctx: Context, threadId: string, after: string | null): Promise<AsyncGenerator<LiveEvent<LivePost>>> {
  const { thread } = await visibleThread(ctx.em, ctx.viewer, threadId);
  const from = positionCursor(after);
  // Subscribed before the catch-up read, so nothing falls in between.
  const live = ctx.services.live.subscribe(topic('thread', thread.id), postAddedFeed);
  async function* missed(): AsyncGenerator<LiveEvent<LivePost>> {
    if (after === null) return;
    let position = from;
    for (;;) {
      const scope = ctx.services.live.scope();
      const found = await visibleThread(scope.em, ctx.viewer, thread.id);
      const ids = await scope.em.execute<{ id: string }[]>(
        `select id from post where thread_id = ? and position > ? order by position limit ?`,
        [thread.id, position, CATCH_UP_PAGE],
      );
      const rows =
        ids.length > 0
          ? await findPostRows(
              scope.em,
              ids.map((r) => r.id),
            )
          : [];
      const reactions = await findLiveReactions(scope.em, rows);
      for (const row of rows) yield { value: { row, subject: found.subject, reactions }, scope };
      if (rows.length < CATCH_UP_PAGE) return;
      position = rows.at(-1)!.position;
    }
  }
  let last = from;
  const newer = (value: LivePost) => {
    if (value.row.position <= last) return false;
    last = value.row.position;
    return true;
  };
  return closingWith(
    follow(eachPost(live), missed(), newer, (value) => seesForum(ctx.viewer, value.subject.forum)),
    live,
  );
}

/** The posts of one event (a merge brings several) one by one, in order. */
async function* eachPost(live: Inbox<LiveEvent<LivePost[]>>): AsyncGenerator<LiveEvent<LivePost>> {
  for await (const event of live) for (const value of event.value) yield { value, scope: event.scope };
}

/** `threadActivity(forumId, after)`: new threads and new posts of one forum, by last activity. */
export async function threadActivityStream(
  ctx: Context,
  forumId: string,
  after: string | null,
): Promise<AsyncGenerator<LiveEvent<LiveThread>>> {
  const forum = await visibleForum(ctx.em, ctx.viewer, forumId);
  const start = after ? decodeStreamCursor(after) : null;
  const live = ctx.services.live.subscribe(topic('forum', forum.id), threadActivityFeed);
  async function* missed(): AsyncGenerator<LiveEvent<LiveThread>> {
    if (!start) return;
    let cursor = start;
    for (;;) {
      const scope = ctx.services.live.scope();
      const access = await visibleForum(scope.em, ctx.viewer, forum.id);
      const rows = await threadRows(
        scope.em,
        't.forum_id = ? and (t.last_post_at, t.id) > (?, ?)',
        [forum.id, cursor.at, cursor.id],
        `order by t.last_post_at, t.id limit ${CATCH_UP_PAGE}`,
      );
      for (const row of rows) yield { value: { row, forum: access }, scope };
      if (rows.length < CATCH_UP_PAGE) return;
      cursor = { at: new Date(rows.at(-1)!.last_post_at), id: rows.at(-1)!.id };
    }
  }
  const key = (value: LiveThread) => `${new Date(value.row.last_post_at).toISOString()}|${value.row.id}`;
  let last = start ? `${start.at.toISOString()}|${start.id}` : '';
  const newer = (value: LiveThread) => {
    if (key(value) <= last) return false;
    last = key(value);
    return true;
  };
  return closingWith(
    follow(live, missed(), newer, (value) => seesForum(ctx.viewer, value.forum)),
    live,
  );
}

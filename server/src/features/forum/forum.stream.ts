import type { Context } from '../../core/context.js';
import { closingWith, type Inbox, type LiveStream } from '../../core/live/inbox.js';
import type { LiveEvent } from '../../core/live/live-hub.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { topic } from '../../core/pubsub.js';
import { seesForum } from './forum-access.js';
import { visibleForum, visibleThread } from './forum-subjects.js';
import { postAddedFeed, threadActivityFeed, threadRows, type LivePost, type LiveThread } from './forum.live.js';
import { findLiveReactions } from './live-reactions.js';
import { findPostRows, positionCursor } from './post.read.js';

const CATCH_UP_PAGE = 100;
/** Above every position (a position cursor has at most nine digits). */
const MAX_POSITION = 1_000_000_000;

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

/**
 * `postAdded(threadId, after)`: checked at subscribe time (NOT_FOUND when hidden) and for every post. Without a
 * cursor it starts after the thread's last post. Posts go out by position, each once: a live post further on
 * than the next one expected means the posts between were committed but their events are late (a process died
 * after its commit and the sweep publishes them later), so those are read first and the late events dropped.
 */
export async function postAddedStream(ctx: Context, threadId: string, after: string | null): Promise<LiveStream<LiveEvent<LivePost>>> {
  const { thread } = await visibleThread(ctx.em, ctx.viewer, threadId);
  let last = after === null ? thread.postCount : positionCursor(after);
  // Subscribed before the catch-up read, so nothing falls in between.
  const live = ctx.services.live.subscribe(topic('thread', thread.id), postAddedFeed);
  /** The posts after `from` (up to `to`), oldest first, read in pages with the subscriber's rights of the moment. */
  async function* stored(from: number, to = MAX_POSITION): AsyncGenerator<LiveEvent<LivePost>> {
    let position = from;
    for (;;) {
      const scope = ctx.services.live.scope();
      const found = await visibleThread(scope.em, ctx.viewer, thread.id);
      const ids = await scope.em.execute<{ id: string }[]>(
        `select id from post where thread_id = ? and position > ? and position <= ? order by position limit ?`,
        [thread.id, position, to, CATCH_UP_PAGE],
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
  /** Live posts, each preceded by any committed posts between the last one sent and it. */
  async function* inOrder(): AsyncGenerator<LiveEvent<LivePost>> {
    for await (const event of eachPost(live)) {
      if (event.value.row.position > last + 1) yield* stored(last, event.value.row.position - 1);
      yield event;
    }
  }
  const newer = (value: LivePost) => {
    if (value.row.position <= last) return false;
    last = value.row.position;
    return true;
  };
  const allowed = (value: LivePost) => seesForum(ctx.viewer, value.subject.forum);
  // While the stream waits on its inbox, the next post in order goes straight to the socket; anything else
  // (a merge's several posts, a gap, rights that are gone) to the generators below.
  live.steady(({ value, scope }) => {
    const [post] = value;
    if (value.length !== 1 || !post || !allowed(post) || post.row.position > last + 1) return 'queue';
    return newer(post) ? { value: post, scope } : 'skip';
  });
  return closingWith(follow(inOrder(), after === null ? none() : stored(last), newer, allowed), live);
}

async function* none(): AsyncGenerator<never> {}

/** The posts of one event (a merge brings several) one by one, in order. */
async function* eachPost(live: Inbox<LiveEvent<LivePost[]>>): AsyncGenerator<LiveEvent<LivePost>> {
  for await (const event of live) for (const value of event.value) yield { value, scope: event.scope };
}

/**
 * `threadActivity(forumId, after)`: new threads and new posts of one forum, by last activity; each thread's
 * activity once (the reader places a thread by its `lastPostAt`).
 */
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
  // The newest activity sent per thread. A late event (its process died after the commit; the sweep publishes it
  // after later ones) still goes out when its thread's activity was not sent yet, rather than being lost.
  const sent = new Map<string, number>();
  const newer = (value: LiveThread) => {
    const at = new Date(value.row.last_post_at).getTime();
    if ((sent.get(value.row.id) ?? -Infinity) >= at) return false;
    sent.set(value.row.id, at);
    return true;
  };
  return closingWith(
    follow(live, missed(), newer, (value) => seesForum(ctx.viewer, value.forum)),
    live,
  );
}

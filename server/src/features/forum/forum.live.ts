import { defineLiveFeed } from '../../core/live/live-hub.js';
import { encodeStreamCursor } from '../../core/live/stream-cursor.js';
import type { Em } from '../../db/orm.js';
import type { ForumAccess } from './forum-access.js';
import type { ForumEvent, ThreadEvent } from './forum.events.js';
import { loadThread } from './forum-subjects.js';
import type { ForumSubject } from './forum.policy.js';
import { findLiveReactions, type LiveReactions } from './live-reactions.js';
import { findPostRows, type PostRow } from './post.read.js';
import { THREAD_COLUMNS, THREAD_READ_JOIN, type ThreadRow } from './thread-row.js';

/**
 * A new post as every local subscriber of its thread shares it: the row, its thread's rules as they are now, and
 * who reacted (posts a merge brought may have reactions), for each subscriber's own `mine`.
 */
export interface LivePost {
  row: PostRow;
  subject: ForumSubject;
  reactions: LiveReactions;
}

/**
 * Resolved once per event and process: two statements (three when merged posts have reactions), whatever the
 * number of subscribers. A reply is one post; a merge appends many in one event, in order.
 */
export const postAddedFeed = defineLiveFeed<ThreadEvent, LivePost[]>('forum-post-added', async (event, { em }) => {
  if (event.kind !== 'POST_ADDED' && event.kind !== 'POSTS_APPENDED') return null;
  const found = await loadThread(em, event.threadId);
  if (!found) return null;
  const ids = event.kind === 'POST_ADDED' ? [event.postId] : event.postIds;
  // A post moved on since (merged into another thread) belongs to that thread's readers now.
  const rows = (await findPostRows(em, ids)).filter((row) => row.thread_id === event.threadId);
  if (rows.length === 0) return null;
  const reactions = await findLiveReactions(em, rows);
  return rows.map((row) => ({ row, subject: found.subject, reactions }));
});

/** A thread with new activity, with its forum's rules as they are now. */
export interface LiveThread {
  row: ThreadRow;
  forum: ForumAccess;
}

export const threadActivityFeed = defineLiveFeed<ForumEvent, LiveThread>('forum-thread-activity', async (event, { em }) => {
  if (event.kind !== 'THREAD_CREATED' && event.kind !== 'THREAD_ACTIVITY') return null;
  const found = await loadThread(em, event.threadId);
  if (!found) return null;
  const [row] = await threadRows(em, 't.id = ?', [event.threadId]);
  return row ? { row, forum: found.subject.forum } : null;
});

/** Threads without any reader's state (live payloads are shared by every subscriber). */
export function threadRows(em: Em, where: string, params: unknown[], tail = ''): Promise<ThreadRow[]> {
  return em.execute<ThreadRow[]>(`select ${THREAD_COLUMNS} from thread t ${THREAD_READ_JOIN} where ${where} ${tail}`, [null, ...params]);
}

/** A thread's place in its forum's activity stream: the same cursor `threadActivity(after:)` takes. */
export function threadActivityCursor(row: Pick<ThreadRow, 'last_post_at' | 'id'>): string {
  return encodeStreamCursor({ at: new Date(row.last_post_at), id: row.id });
}

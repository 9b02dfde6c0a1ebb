import { normaliseTag } from '@strom/shared';
import { Cursor } from '@mikro-orm/core';
import { isMember, type Viewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import type { ConnectionShape } from '../../core/connection.js';
import { encodeStreamCursor } from '../../core/live/stream-cursor.js';
import { preparedSql, readRows } from '../../core/sql.js';
import type { Em } from '../../db/orm.js';
import { seesForum } from './forum-access.js';
import { FORUM_JOINS, forumColumnParams, forumColumns, toForum, type ForumRow } from './forum-row.js';
import type { ForumNode } from './forum.types.js';
import { THREAD_COLUMNS, THREAD_READ_JOIN, toThread, viewerIdParam, type ThreadRow } from './thread-row.js';
import { ALL_COLUMNS, postPageJson, postPageParams, toPostConnection, type PostColumns, type PostPage, type PostRow } from './post.read.js';
import type { ThreadNode, ThreadPage } from './thread.types.js';
import { isUuid } from '../../core/ids.js';

export interface ThreadListArgs {
  first: number;
  after?: string | null;
  tag?: string | null;
  solved?: boolean | null;
  unanswered?: boolean | null;
}

/**
 * The threads of several forums (each already visible to the viewer), pinned first, then by last activity:
 * one statement for all of them, each forum's page cut by a window, its total counted alongside.
 */
export async function findThreads(
  em: Em,
  viewer: Viewer,
  forums: readonly ForumNode[],
  args: ThreadListArgs,
): Promise<Map<string, ConnectionShape<ThreadNode>>> {
  const filters: string[] = [];
  const params: unknown[] = [];
  if (args.tag) {
    filters.push('t.tags @> array[?]::text[]');
    params.push(normaliseTag(args.tag));
  }
  if (args.solved != null) filters.push(args.solved ? 't.solved_post_id is not null' : 't.solved_post_id is null');
  if (args.unanswered) filters.push('t.post_count <= 1');
  const where = filters.map((f) => ` and ${f}`).join('');
  const after = decodeThreadCursor(args.after);
  // Rows before the cursor are cut, but each forum keeps one of them (`carrier`) so its total is known even on
  // a last, empty page.
  const rows = await em.execute<(ThreadRow & { total: number; carrier: boolean })[]>(
    `select * from (
       select listed.*, not after_cursor as carrier,
              row_number() over (partition by forum_id, after_cursor order by pinned desc, last_post_at desc, id desc) as rank
         from (select ${THREAD_COLUMNS}, (count(*) over (partition by t.forum_id))::int as total,
                      (t.pinned::int, t.last_post_at, t.id) < (?::int, ?::timestamptz, ?::uuid) as after_cursor
                 from thread t ${THREAD_READ_JOIN}
                where t.forum_id = any(?::uuid[])${where}) listed
     ) ranked where (after_cursor and rank <= ?) or (not after_cursor and rank = 1)
     order by forum_id, pinned desc, last_post_at desc, id desc`,
    [after.pinned, after.at, after.id, viewerIdParam(viewer), `{${forums.map((f) => f.id).join(',')}}`, ...params, args.first + 1],
  );
  const result = new Map<string, ConnectionShape<ThreadNode>>();
  for (const forum of forums) {
    const mine = rows.filter((row) => row.forum_id === forum.id);
    const listed = mine.filter((row) => !row.carrier);
    const nodes = listed.slice(0, args.first).map((row) => toThread(viewer, row, forum.access));
    const last = nodes.at(-1);
    result.set(forum.id, {
      edges: nodes.map((node) => ({ cursor: encodeThreadCursor(node), node })),
      pageInfo: { hasNextPage: listed.length > args.first, endCursor: last ? encodeThreadCursor(last) : null },
      totalCount: mine[0]?.total ?? 0,
    });
  }
  return result;
}

interface ThreadCursor {
  pinned: number;
  at: string;
  id: string;
}

const START: ThreadCursor = { pinned: 2, at: '9999-12-31T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' };
/** Before every id: a changes cursor at the moment a page was read includes what changed in that very millisecond. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

function encodeThreadCursor(thread: ThreadNode): string {
  return Cursor.encode([thread.pinned ? 1 : 0, thread.lastPostAt.toISOString(), thread.id]);
}

/** Refuses cursors we did not issue before they reach SQL. */
function decodeThreadCursor(after: string | null | undefined): ThreadCursor {
  if (!after) return START;
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  if (Array.isArray(values) && values.length === 3) {
    const [pinned, at, id] = values as unknown[];
    if ((pinned === 0 || pinned === 1) && typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id))
      return { pinned, at: new Date(at).toISOString(), id };
  }
  throw BadUserInput.field('after', 'after is not a valid cursor');
}

interface ThreadPageRow extends ThreadRow {
  forum: ForumRow;
  posts: PostRow[] | null;
  draft_source: string | null;
  draft_updated_at: Date | null;
  watch_level: ThreadPage['watchLevel'];
  read_at: Date;
}

/** What a thread page reads beyond the thread: its forum's counts, and which columns of its posts. */
export interface ThreadPageColumns {
  forumCounts: boolean;
  post: PostColumns;
}

const EVERYTHING: ThreadPageColumns = { forumCounts: true, post: ALL_COLUMNS };

/**
 * The thread page: the thread, its forum (with counts), the viewer's read state, draft and watch level, and
 * (when `posts` is given: the page the query asks for) that page of posts, in one statement. Null when it does
 * not exist or its forum is hidden from the viewer (the same answer); the posts of a hidden forum are never read.
 * `columns` leaves out what the query cannot read (the forum's counts; the heavier columns of posts).
 */
export async function findThread(
  em: Em,
  viewer: Viewer,
  id: string,
  posts: PostPage | null = null,
  columns: ThreadPageColumns = EVERYTHING,
): Promise<ThreadPage | null> {
  const userId = viewerIdParam(viewer);
  const forumSql = `select ${forumColumns(columns.forumCounts)} from forum f ${FORUM_JOINS} where f.id = t.forum_id`;
  // Prepared: its text repeats for the same columns and page size, and planning it cost as much as running it.
  const [row] = await readRows<ThreadPageRow>(
    em,
    preparedSql({
      sql: `select (select row_to_json(fr) from (${forumSql}) fr) as forum,
            ${posts ? postPageJson(columns.post, posts) : 'null::json'} as posts,
            ${THREAD_COLUMNS}, d.source as draft_source, d.updated_at as draft_updated_at, w.level as watch_level,
            date_trunc('milliseconds', now()) as read_at
       from thread t ${THREAD_READ_JOIN}
       left join draft d on d.thread_id = t.id and d.user_id = ?::uuid
       left join watch w on w.thread_id = t.id and w.user_id = ?::uuid
      where t.id = ?`,
      params: [
        ...forumColumnParams(viewer, columns.forumCounts),
        ...(posts ? postPageParams(viewer, posts) : []),
        userId,
        userId,
        userId,
        id,
      ],
    }),
  );
  if (!row) return null;
  const forum = toForum(viewer, row.forum);
  if (!seesForum(viewer, forum.access)) return null;
  const thread = toThread(viewer, row, forum.access);
  const member = isMember(viewer);
  return Object.assign(thread, {
    prefetchedPosts: posts && row.posts ? { page: posts, connection: toPostConnection(viewer, row.posts, posts.first, thread) } : null,
    forum,
    firstUnreadCursor: member && thread.lastReadPosition! < thread.postCount ? String(thread.lastReadPosition) : null,
    draft: row.draft_source !== null ? { source: row.draft_source, updatedAt: new Date(row.draft_updated_at!) } : null,
    watchLevel: member ? (row.watch_level ?? 'NORMAL') : null,
    changesCursor: encodeStreamCursor({ at: new Date(row.read_at), id: NO_ID }),
  });
}

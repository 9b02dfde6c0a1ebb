import { isMember, type Viewer } from '../../core/auth.js';
import type { ForumAccess } from './forum-access.js';
import { authorJson, postAuthor, type AuthorJson } from './post-author.js';
import type { ThreadNode } from './thread.types.js';

/** A thread aliased `t` with the viewer's read state joined as `rs` (see THREAD_READ_JOIN). */
export const THREAD_COLUMNS = `t.id, t.forum_id, t.title, t.tags, t.pinned, t.locked, t.closed, t.solved_post_id, t.author_id,
  ${authorJson('t.author_id')} as author, t.created_at, t.last_post_at, t.post_count, t.version, t.changed_at, rs.last_read_position`;

/** Bind: the viewer's user id (null for anonymous visitors). */
export const THREAD_READ_JOIN = `left join thread_read_state rs on rs.thread_id = t.id and rs.user_id = ?::uuid`;

export interface ThreadRow {
  id: string;
  forum_id: string;
  title: string;
  tags: string[];
  pinned: boolean;
  locked: boolean;
  closed: boolean;
  solved_post_id: string | null;
  author_id: string | null;
  author: AuthorJson | null;
  created_at: Date;
  last_post_at: Date;
  post_count: number;
  version: number;
  changed_at: Date | null;
  last_read_position: number | null;
}

export const viewerIdParam = (viewer: Viewer) => (isMember(viewer) ? viewer.userId : null);

export function toThread(viewer: Viewer, row: ThreadRow, forum: ForumAccess): ThreadNode {
  const member = isMember(viewer);
  const lastRead = row.last_read_position ?? 0;
  return {
    id: row.id,
    forumId: row.forum_id,
    title: row.title,
    tags: row.tags,
    pinned: row.pinned,
    locked: row.locked,
    closed: row.closed,
    solvedPostId: row.solved_post_id,
    author: postAuthor(viewer, row.author),
    createdAt: new Date(row.created_at),
    lastPostAt: new Date(row.last_post_at),
    postCount: row.post_count,
    unreadCount: member ? Math.max(row.post_count - lastRead, 0) : null,
    lastReadPosition: member ? lastRead : null,
    version: row.version,
    subject: { forum, thread: { authorId: row.author_id, locked: row.locked, closed: row.closed } },
  };
}

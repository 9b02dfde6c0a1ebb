import { isMember, type Viewer } from '../../core/auth.js';
import { FORUM_ACCESS_COLUMNS, forumAccessOf, type ForumAccessRow } from './forum-access.js';
import type { ForumNode } from './forum.types.js';

/** The fields of a forum whose columns count over its threads: a page that reads none of them skips the counting. */
export const FORUM_COUNT_FIELDS = ['threadCount', 'lastPostAt', 'unreadCount', 'newThreadCount', 'watchLevel'];

const FORUM_OWN_COLUMNS = `f.id, f.slug, f.title, f.description, f.level, trim(f.country_code) as country_code,
  f.municipality_id, mu.name as municipality_name, f.visibility, f.version, ${FORUM_ACCESS_COLUMNS}`;

/**
 * A forum with its counts for one viewer, from a forum aliased `f`. Bind: the viewer's user id four times
 * (null for anonymous visitors). Unread and new counts are computed here, in SQL, over the forum's threads.
 */
export const FORUM_COLUMNS = `${FORUM_OWN_COLUMNS},
  (select count(*)::int from thread t where t.forum_id = f.id) as thread_count,
  (select max(t.last_post_at) from thread t where t.forum_id = f.id) as last_post_at,
  (select coalesce(sum(greatest(t.post_count - rs.last_read_position, 0)), 0)::int
     from thread t join thread_read_state rs on rs.thread_id = t.id and rs.user_id = ?::uuid where t.forum_id = f.id) as unread_count,
  (select count(*)::int from thread t
     where t.forum_id = f.id and t.created_at > coalesce((select v.visited_at from forum_visit v where v.forum_id = f.id and v.user_id = ?::uuid), '-infinity')
       and not exists (select 1 from thread_read_state rs where rs.thread_id = t.id and rs.user_id = ?::uuid)) as new_thread_count,
  (select w.level from watch w where w.forum_id = f.id and w.user_id = ?::uuid) as watch_level`;

/** The same columns with zero counts, for a query that reads none of FORUM_COUNT_FIELDS. Binds nothing. */
const FORUM_COLUMNS_UNCOUNTED = `${FORUM_OWN_COLUMNS}, 0 as thread_count, null::timestamptz as last_post_at, 0 as unread_count,
  0 as new_thread_count, null::text as watch_level`;

export const forumColumns = (counts: boolean) => (counts ? FORUM_COLUMNS : FORUM_COLUMNS_UNCOUNTED);

export const FORUM_JOINS = `left join municipality mu on mu.id = f.municipality_id`;

export interface ForumRow extends ForumAccessRow {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  level: ForumNode['level'];
  country_code: string | null;
  municipality_id: string | null;
  municipality_name: string | null;
  visibility: ForumNode['visibility'];
  version: number;
  thread_count: number;
  last_post_at: Date | null;
  unread_count: number;
  new_thread_count: number;
  watch_level: ForumNode['watchLevel'];
}

export const forumColumnParams = (viewer: Viewer, counts = true) =>
  Array<string | null>(counts ? 4 : 0).fill(isMember(viewer) ? viewer.userId : null);

export function toForum(viewer: Viewer, row: ForumRow): ForumNode {
  const member = isMember(viewer);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    level: row.level,
    countryCode: row.country_code,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    visibility: row.visibility,
    threadCount: row.thread_count,
    lastPostAt: row.last_post_at ? new Date(row.last_post_at) : null,
    unreadCount: member ? row.unread_count : null,
    newThreadCount: member ? row.new_thread_count : null,
    watchLevel: member ? (row.watch_level ?? 'NORMAL') : null,
    version: row.version,
    access: forumAccessOf(row),
  };
}

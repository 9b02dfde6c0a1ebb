import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { visibleForumSql } from './forum-access.js';
import { FORUM_COLUMNS, FORUM_JOINS, forumColumnParams, toForum, type ForumRow } from './forum-row.js';
import type { ForumNode } from './forum.types.js';

/**
 * The forums the viewer reads, grouped by scope (regional first, then by country, then local ones), with their
 * counts: one statement, filtered in SQL.
 */
export async function findForums(em: Em, viewer: Viewer): Promise<ForumNode[]> {
  const visible = visibleForumSql(viewer);
  const rows = await em.execute<ForumRow[]>(
    `select ${FORUM_COLUMNS} from forum f ${FORUM_JOINS} where ${visible.sql}
      order by case f.level when 'REGIONAL' then 0 when 'NATIONAL' then 1 else 2 end, f.country_code nulls first,
               mu.name nulls first, f.title, f.id`,
    [...forumColumnParams(viewer), ...visible.params],
  );
  return rows.map((row) => toForum(viewer, row));
}

/** One forum by address or id; null when it does not exist or is hidden from the viewer (the same answer). */
export async function findForum(em: Em, viewer: Viewer, by: { slug: string } | { id: string }): Promise<ForumNode | null> {
  const visible = visibleForumSql(viewer);
  const [column, value] = 'slug' in by ? ['slug', by.slug] : ['id', by.id];
  const [row] = await em.execute<ForumRow[]>(
    `select ${FORUM_COLUMNS} from forum f ${FORUM_JOINS} where f.${column} = ? and ${visible.sql}`,
    [...forumColumnParams(viewer), value, ...visible.params],
  );
  return row ? toForum(viewer, row) : null;
}

import type { Viewer } from '../../core/auth.js';
import type { SubjectSource, SubjectSummary } from '../../core/subjects.js';
import type { Em } from '../../db/orm.js';
import { visibleForumSql } from './forum-access.js';

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

async function summarise(em: Em, viewer: Viewer, sql: string, ids: readonly string[]): Promise<Map<string, SubjectSummary>> {
  const visible = visibleForumSql(viewer);
  const rows = await em.execute<{ id: string; title: string; path: string }[]>(`${sql} and ${visible.sql}`, [
    uuidArray(ids),
    ...visible.params,
  ]);
  return new Map(rows.map((row) => [row.id, { title: row.title, path: row.path }]));
}

/** Threads as a notification names them, for readers of their forum only (filtered in SQL, one statement). */
export const threadSubjects: SubjectSource = {
  type: 'thread',
  summarise: (em, viewer, ids) =>
    summarise(
      em,
      viewer,
      `select t.id, t.title, '/t/' || t.id as path from thread t join forum f on f.id = t.forum_id where t.id = any(?::uuid[])`,
      ids,
    ),
};

/** Posts by their thread's title; removed, hidden and purged posts are gone for notifications. */
export const postSubjects: SubjectSource = {
  type: 'post',
  summarise: (em, viewer, ids) =>
    summarise(
      em,
      viewer,
      `select p.id, t.title, '/t/' || t.id || '#post-' || p.id as path
         from post p join thread t on t.id = p.thread_id join forum f on f.id = t.forum_id
        where p.id = any(?::uuid[]) and p.deleted_at is null and p.hidden_at is null and p.purged_at is null`,
      ids,
    ),
};

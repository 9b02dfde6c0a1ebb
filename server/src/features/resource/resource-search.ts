import type { Viewer } from '../../core/auth.js';
import { sql, sqlText, type Sql } from '../../core/sql.js';
import { visibleResourceSql } from './resource.policy.js';

// A resource's title weighs like a thread's title; words only in its summary or file like a post's words.
const TITLE_SCORE = 0.09;
const TEXT_SCORE = 0.05;
const SNIPPET_OPTIONS = 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel="", StopSel=""';

/**
 * The resources a viewer may read whose words match `words` (a tsquery expression), as rows shaped like the
 * forum search's (kind 'resource', id, null thread, title, kind as forum_title, null position, snippet, score, at,
 * total): the search joins them into its forum statement, so resources cost no statement of their own. Visibility
 * is filtered before anything is counted.
 */
export function resourceSearchRows(words: Sql, viewer: Viewer, first: number): Sql {
  const visible = visibleResourceSql(viewer, 'r');
  const where = { sql: visible.sql, params: visible.params };
  return sql`select 'resource', r.id, null::uuid, r.title, r.kind, null::int,
      coalesce(r.summary, '… ' || ts_headline('simple', r.search_text, ${words}, ${sqlText(`'${SNIPPET_OPTIONS}'`)}) || ' …'),
      case when to_tsvector('simple', immutable_unaccent(r.title)) @@ ${words} then ${sqlText(String(TITLE_SCORE))}
        else ${sqlText(String(TEXT_SCORE))} end::float8,
      r.created_at, count(*) over ()::int
    from resource r where r.search_vector @@ ${words} and ${where}
    order by r.created_at desc, r.id limit ${first}`;
}

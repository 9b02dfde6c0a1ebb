import type { Viewer } from '../../core/auth.js';
import { FUZZY_MIN_LENGTH } from '../../core/search-query.js';
import { sql, sqlText, type Sql } from '../../core/sql.js';
import { visibleResourceSql } from './resource.policy.js';

// A resource's title weighs like a thread's title; words only in its summary or file like a post's words.
const TITLE_SCORE = 0.09;
const TEXT_SCORE = 0.05;
// A title found by similarity alone ranks as a thread's does: below posts.
const SIMILAR_TITLE_WEIGHT = 0.04;
const SNIPPET_OPTIONS = 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel="", StopSel=""';

/** The search's words as the resource rows read them (forumSearchSql builds them once for all its arms). */
export interface ResourceSearchWords {
  /** The tsquery of the words as typed. */
  words: Sql;
  /** The words folded (lower case, no accents), as a subquery the planner does not estimate. */
  typed: Sql;
  /** The same as a constant, for its length. */
  folded: Sql;
  /** The least word similarity a title needs to count as a typo of the words. */
  similarity: Sql;
}

/**
 * The resources a viewer may read whose words match (a title also when it is a typo away, as a thread's title,
 * when none matches as typed), as rows shaped like the forum search's (kind 'resource', id, null thread, title,
 * kind as forum_title, null position, snippet, score, at, total): the search joins them into its forum statement,
 * so resources cost no statement of their own. Visibility is filtered before anything is counted.
 */
export function resourceSearchRows(search: ResourceSearchWords, viewer: Viewer, first: number): Sql {
  const { words, typed, folded, similarity } = search;
  const visible = visibleResourceSql(viewer, 'r');
  return sql`with typed_resource as (
      select r.id, case when to_tsvector('simple', immutable_unaccent(r.title)) @@ ${words} then ${sqlText(String(TITLE_SCORE))}
        else ${sqlText(String(TEXT_SCORE))} end::float8 as score
      from resource r where r.search_vector @@ ${words} and ${visible}
    ), resource_hit as (
      select * from typed_resource
      union all
      select r.id, (${sqlText(String(SIMILAR_TITLE_WEIGHT))} * word_similarity(${typed}, r.search_name))::float8
      from resource r
      where length(${folded}) >= ${FUZZY_MIN_LENGTH} and not exists (select 1 from typed_resource)
        and ${typed} <% r.search_name and word_similarity(${typed}, r.search_name) >= ${similarity} and ${visible}
    )
    select 'resource', r.id, null::uuid, r.title, r.kind, null::int,
      coalesce(r.summary, '… ' || ts_headline('simple', r.search_text, ${words}, ${sqlText(`'${SNIPPET_OPTIONS}'`)}) || ' …'),
      h.score, r.created_at, (select count(*) from resource_hit)::int
    from resource_hit h join resource r on r.id = h.id
    order by r.created_at desc, r.id limit ${first}`;
}

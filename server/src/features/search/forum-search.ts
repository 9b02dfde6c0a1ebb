import { isMember, type Viewer } from '../../core/auth.js';
import { FUZZY_MIN_LENGTH, searchQueryCtes, SHORT_WORD_LENGTH, SHORT_WORD_SIMILARITY, WORD_SIMILARITY } from '../../core/search-query.js';
import { sql, sqlText, type Sql } from '../../core/sql.js';
import type { SearchTerms } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { moderatedForumSql, visibleForumSql } from '../forum/forum-access.js';
import { PostMatch, ThreadMatch } from './search.types.js';

interface ForumHitRow {
  kind: 'thread' | 'post';
  id: string;
  thread_id: string;
  title: string;
  forum_title: string;
  position: number | null;
  snippet: string | null;
  score: number;
  at: string | Date;
  total: number;
}

export interface ForumHits {
  threads: { node: ThreadMatch; score: number }[];
  posts: { node: PostMatch; score: number }[];
  threadCount: number;
  postCount: number;
}

// A post's words weigh like an organisation's words behind an expert (0.05): names and titles rank first.
const POST_SCORE = '0.05';
// A thread's title ranks between a post's words and a record's own words (0.1), an exact title above those: a
// search for "hotline" is first a search for the hotlines and the people who run them, then for what the
// network says about them.
const TITLE_WEIGHT = '0.04';
// A short post is its own snippet; a longer one gives the words around the first match (without markup).
const SNIPPET_WHOLE = 240;
const SNIPPET_OPTIONS = 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel="", StopSel=""';

/**
 * Threads (by title and tags, typos forgiven as in names) and posts (by their words) a viewer may read, best
 * first, with how many match of each: one statement. Visibility is filtered here, in SQL, before anything is
 * counted: a forum the viewer may not read adds nothing to the hits or the counts. Removed and purged posts are
 * never found; hidden ones only by the forum's moderators, as they alone read them. Every word must match; the
 * last one may be unfinished. Place names are words here, not places (a thread about "Riga" is about Riga).
 */
export function forumSearchSql(terms: SearchTerms, viewer: Viewer, first: number): Sql {
  const visible = visibleForumSql(viewer, 'f');
  const moderated = moderatedForumSql(viewer, 'f');
  // Anonymous readers get the snippet from the public HTML, which names nobody; members from the post's text.
  const snippetText = isMember(viewer) ? 'p.body_text' : 'html_text(p.public_html)';
  return sql`with ${searchQueryCtes(terms)}, forum_query as (
      select to_tsquery('simple', immutable_unaccent(
          string_agg(w.word || case when w.last then ':*' else '' end, ' & ' order by w.pos))) as words,
        immutable_unaccent(lower(string_agg(w.word, ' ' order by w.pos))) as folded
      from search_word w
    ), fuzzy_query as (
      select q.folded, case when length(q.folded) <= ${SHORT_WORD_LENGTH} then ${SHORT_WORD_SIMILARITY}
        else ${WORD_SIMILARITY} end as min_similarity
      from forum_query q where length(q.folded) >= ${FUZZY_MIN_LENGTH}
    ), seen_forum as (
      select f.id, f.title, ${moderated} as moderated from forum f where ${visible}
    ), typed_thread as (
      select t.id, (${sqlText(POST_SCORE)} + ${sqlText(TITLE_WEIGHT)} * (case when t.search_name = q.folded then 1 else 0 end
          + word_similarity(q.folded, t.search_name)))::float8 as score
      from thread t cross join forum_query q
      where t.search_vector @@ (select words from forum_query) and t.forum_id in (select id from seen_forum)
    ), thread_hit as (
      select id, score from typed_thread
      union all
      select t.id, (${sqlText(TITLE_WEIGHT)} * word_similarity(q.folded, t.search_name))::float8
      from thread t cross join fuzzy_query q
      where not exists (select 1 from typed_thread) and (select folded from fuzzy_query) <% t.search_name
        and word_similarity(q.folded, t.search_name) >= q.min_similarity and t.forum_id in (select id from seen_forum)
    ), post_hit as (
      select p.id, p.thread_id, p.created_at
      from post p join thread t on t.id = p.thread_id join seen_forum f on f.id = t.forum_id
      where p.search_vector @@ (select words from forum_query) and p.deleted_at is null and p.purged_at is null
        and (p.hidden_at is null or f.moderated)
    )
    select 'thread' as kind, t.id, t.id as thread_id, t.title, f.title as forum_title, null::int as position,
      null as snippet, h.score, t.last_post_at as at, (select count(*) from thread_hit)::int as total
    from (select * from thread_hit order by score desc, id limit ${first}) h
      join thread t on t.id = h.id join seen_forum f on f.id = t.forum_id
    union all
    select 'post', p.id, p.thread_id, t.title, f.title, p.position,
      case when length(${sqlText(snippetText)}) <= ${SNIPPET_WHOLE} then ${sqlText(snippetText)}
        else '… ' || ts_headline('simple', ${sqlText(snippetText)}, (select words from forum_query), ${SNIPPET_OPTIONS}) || ' …' end,
      ${sqlText(POST_SCORE)}::float8, p.created_at, (select count(*) from post_hit)::int
    from (select * from post_hit order by created_at desc, id limit ${first}) h
      join post p on p.id = h.id join thread t on t.id = p.thread_id join seen_forum f on f.id = t.forum_id`;
}

export async function searchForums(em: Em, viewer: Viewer, terms: SearchTerms, first: number): Promise<ForumHits> {
  const query = forumSearchSql(terms, viewer, first);
  const rows = await em.getConnection().execute<ForumHitRow[]>(query.sql, query.params);
  const of = (kind: ForumHitRow['kind']) => rows.filter((row) => row.kind === kind);
  return {
    threads: of('thread').map((row) => ({
      score: row.score,
      node: Object.assign(new ThreadMatch(), {
        id: row.id,
        threadTitle: row.title,
        forumTitle: row.forum_title,
        lastPostAt: new Date(row.at),
      }),
    })),
    posts: of('post').map((row) => ({
      score: row.score,
      node: Object.assign(new PostMatch(), {
        id: row.id,
        threadId: row.thread_id,
        threadTitle: row.title,
        forumTitle: row.forum_title,
        position: row.position ?? 0,
        snippet: row.snippet ?? '',
        createdAt: new Date(row.at),
      }),
    })),
    threadCount: of('thread')[0]?.total ?? 0,
    postCount: of('post')[0]?.total ?? 0,
  };
}

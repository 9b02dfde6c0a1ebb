import { SEARCH_POST_COUNT_MAX } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import { FUZZY_MIN_LENGTH, SHORT_WORD_LENGTH, SHORT_WORD_SIMILARITY, WORD_SIMILARITY } from '../../core/search-query.js';
import { sql, sqlText, type Sql } from '../../core/sql.js';
import type { SearchTerms } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { moderatedForumSql, visibleForumSql } from '../forum/forum-access.js';
import { ResourceMatch } from '../resource/resource-match.type.js';
import { resourceSearchRows } from '../resource/resource-search.js';
import type { ResourceKind } from '@strom/shared';
import { PostMatch, ThreadMatch } from './search.types.js';

interface ForumHitRow {
  kind: 'thread' | 'post' | 'resource';
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
  resources: { node: ResourceMatch; score: number }[];
  threadCount: number;
  postCount: number;
  resourceCount: number;
}

// A post's words weigh like an organisation's words behind an expert (0.05): names and titles rank first.
const POST_SCORE = 0.05;
// A thread's title ranks between a post's words and a record's own words (0.1), an exact title above those: a
// search for "hotline" is first a search for the hotlines and the people who run them, then for what the
// network says about them. A title found by similarity alone ranks below posts.
const TITLE_SCORE = 0.09;
const EXACT_TITLE_SCORE = 0.13;
const SIMILAR_TITLE_WEIGHT = 0.04;
// A short post is its own snippet; a longer one gives the words around the first match (without markup).
const SNIPPET_WHOLE = 240;
// A post's forum, looked up by the thread's key for each post found (offset 0 keeps it a lookup): a rare word's
// few posts would otherwise hash every thread to find theirs.
const THREAD_OF_POST = sqlText('(select t.forum_id from thread t where t.id = p.thread_id offset 0) t');
// Close words per typed word that a post may hold instead (bounds the query; a typo has few neighbours).
const FUZZY_ALTERNATIVES = sqlText('8');
const SNIPPET_OPTIONS = 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel="", StopSel=""';

/**
 * Threads (by title and tags, typos forgiven as in names; best first, then by last activity) and posts (by their
 * words, newest first) a viewer may read, with how many match of each: one statement. Visibility is filtered
 * here, in SQL, before anything is counted: a forum the viewer may not read adds nothing to the hits or the
 * counts. Removed and purged posts are never found; hidden ones only by the forum's moderators, as they alone
 * read them. Every word must match; the last one may be unfinished. Place names are words here, not places (a
 * thread about "Riga" is about Riga).
 *
 * The words go in as constants (not through a CTE) so that the planner sees how common they are: a rare word
 * reads its few posts through the full-text index, a common one walks the newest posts until the page (and the
 * capped count) is full, instead of gathering every post that has it.
 */
export function forumSearchSql(terms: SearchTerms, viewer: Viewer, first: number): Sql {
  const visible = visibleForumSql(viewer, 'f');
  const moderated = moderatedForumSql(viewer, 'f');
  // Words hold only letters, marks and digits (searchTerms): joined with tsquery operators, nothing else is syntax.
  const operands = terms.words.map((word, i) => (i === terms.words.length - 1 ? `${word}:*` : word)).join(' & ');
  const words = sql`to_tsquery('simple', immutable_unaccent(${operands}::text))`;
  const folded = sql`immutable_unaccent(lower(${terms.words.join(' ')}::text))`;
  // The trigram conditions read the words through a subquery: given a constant, the planner would estimate them
  // by running word_similarity over the column's statistics, a tenth of a rare word's whole search, to plan an
  // arm that runs only when no title matches as typed.
  const typed = sqlText('(select folded from forum_search_query)');
  const similarity = sql`case when length(${folded}) <= ${SHORT_WORD_LENGTH} then ${SHORT_WORD_SIMILARITY} else ${WORD_SIMILARITY} end`;
  // Anonymous readers get the snippet from the public HTML, which names nobody; members from the post's text.
  const snippetText = sqlText(isMember(viewer) ? 'p.body_text' : 'html_text(p.public_html)');
  return sql`with forum_search_query as (select ${words} as words, ${folded} as folded),
    seen_forum as (
      select f.id, f.title, ${moderated} as moderated from forum f where ${visible}
    ), typed_thread as (
      select t.id, t.last_post_at, case when t.search_name = ${folded} then ${EXACT_TITLE_SCORE} else ${TITLE_SCORE} end::float8 as score
      from thread t
      where t.search_vector @@ ${words} and t.forum_id in (select id from seen_forum)
    ), thread_hit as (
      select * from typed_thread
      union all
      select t.id, t.last_post_at, (${SIMILAR_TITLE_WEIGHT} * word_similarity(${typed}, t.search_name))::float8
      from thread t
      where length(${folded}) >= ${FUZZY_MIN_LENGTH} and not exists (select 1 from typed_thread)
        and ${typed} <% t.search_name and word_similarity(${typed}, t.search_name) >= ${similarity}
        and t.forum_id in (select id from seen_forum)
    ), post_hit as not materialized (
      select p.id, p.thread_id, p.created_at
      from post p cross join lateral ${THREAD_OF_POST} join seen_forum f on f.id = t.forum_id
      where p.search_vector @@ ${words} and p.deleted_at is null and p.purged_at is null
        and (p.hidden_at is null or f.moderated)
    ), capped_post as materialized (
      select * from post_hit order by created_at desc, id limit ${SEARCH_POST_COUNT_MAX}
    ), fuzzy_post_query as (
      ${fuzzyPostQuery(terms)}
    ), fuzzy_post_hit as not materialized (
      select p.id, p.thread_id, p.created_at
      from post p cross join lateral ${THREAD_OF_POST} join seen_forum f on f.id = t.forum_id
      where not exists (select 1 from capped_post) and p.search_vector @@ (select words from fuzzy_post_query)
        and p.deleted_at is null and p.purged_at is null and (p.hidden_at is null or f.moderated)
    ), capped_fuzzy_post as materialized (
      select * from fuzzy_post_hit order by created_at desc, id limit ${SEARCH_POST_COUNT_MAX}
    )
    select 'thread' as kind, t.id, t.id as thread_id, t.title, f.title as forum_title, null::int as position,
      null as snippet, h.score, t.last_post_at as at, (select count(*) from thread_hit)::int as total
    from (select * from thread_hit order by score desc, last_post_at desc, id limit ${first}) h
      join thread t on t.id = h.id join seen_forum f on f.id = t.forum_id
    union all
    ${postRows(sqlText('capped_post'), sqlText('forum_search_query'), snippetText, first)}
    union all
    ${postRows(sqlText('capped_fuzzy_post'), sqlText('fuzzy_post_query'), snippetText, first)}
    union all
    (${resourceSearchRows({ words: sqlText('(select words from forum_search_query)'), typed, folded, similarity }, viewer, first)})`;
}

/**
 * A page of posts from `hits` (at most SEARCH_POST_COUNT_MAX, newest first) with their count and snippets
 * around the words of `query`.
 */
function postRows(hits: Sql, query: Sql, snippetText: Sql, first: number): Sql {
  return sql`select 'post', p.id, p.thread_id, t.title, f.title, p.position,
      case when length(${snippetText}) <= ${SNIPPET_WHOLE} then ${snippetText}
        else '… ' || ts_headline('simple', ${snippetText}, (select words from ${query}), ${SNIPPET_OPTIONS}) || ' …' end,
      ${POST_SCORE}::float8, p.created_at, (select count(*) from ${hits})::int
    from (select * from ${hits} order by created_at desc, id limit ${first}) h
      join post p on p.id = h.id join thread t on t.id = p.thread_id join seen_forum f on f.id = t.forum_id`;
}

/**
 * Posts forgive typos through the words posts hold (`post_word`, trigram-indexed): each typed word of
 * FUZZY_MIN_LENGTH letters or more stands for itself or any word close to it (the short-word threshold as for
 * names), and every typed word must still be met. All close words count, not the closest: which one a hidden
 * forum holds never changes what a reader finds elsewhere. `words` is null when no word has a close one.
 */
function fuzzyPostQuery(terms: SearchTerms): Sql {
  return sql`select to_tsquery('simple', string_agg(operand, ' & ' order by pos)) as words, bool_or(fuzzy) as fuzzy
    from (
      select w.pos, bool_or(c.word is not null) as fuzzy,
        '(' || quote_literal(w.word) || case when w.pos = ${terms.words.length} then ':*' else '' end
          || coalesce(' | ' || string_agg(quote_literal(c.word), ' | '), '') || ')' as operand
      from unnest(string_to_array(immutable_unaccent(lower(${terms.words.join(' ')}::text)), ' ')) with ordinality as w(word, pos)
      left join lateral (
        select pw.word from post_word pw
        where length(w.word) >= ${FUZZY_MIN_LENGTH} and pw.word % w.word
          and similarity(pw.word, w.word) >= case when length(w.word) <= ${SHORT_WORD_LENGTH} then ${SHORT_WORD_SIMILARITY} else ${WORD_SIMILARITY} end
        order by similarity(pw.word, w.word) desc, pw.word limit ${FUZZY_ALTERNATIVES}
      ) c on true
      group by w.pos, w.word
    ) operands
    having bool_or(fuzzy)`;
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
    resources: of('resource').map((row) => ({
      score: row.score,
      node: Object.assign(new ResourceMatch(), {
        id: row.id,
        resourceTitle: row.title,
        kind: row.forum_title as ResourceKind,
        excerpt: row.snippet,
        createdAt: new Date(row.at),
      }),
    })),
    threadCount: of('thread')[0]?.total ?? 0,
    postCount: of('post')[0]?.total ?? 0,
    resourceCount: of('resource')[0]?.total ?? 0,
  };
}

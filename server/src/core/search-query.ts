import { sql, sqlText, type Sql } from './sql.js';
import type { SearchTerms } from './text-search.js';

// Words hold only letters, marks and digits, so '|' can separate them in one parameter.
const list = (values: (string | number)[]) => values.join('|');

/**
 * How a search is read, as SQL common table expressions ending in the one-row `search_query`:
 * runs of words that name a municipality or a country (in any spelling the reference data knows: "Riga",
 * "Rīga", "Рига") become a place, and the other words the topic. A place narrows; it is never fuzzy-matched
 * against names (trigrams of "Riga" and "Rights" are too alike). Columns of `search_query`:
 * - `topic` (tsquery of the topic words, the last one as a prefix) and `topic_words` (folded), null when
 *   every word names a place;
 * - `fuzzy_words`: the topic words for trigram similarity, null when they are too short for it to mean
 *   anything, and `min_similarity`, stricter for short words;
 * - `municipalities`, `countries` (named) and `near_countries` (the countries of the named municipalities),
 *   each null when none; `has_place`.
 */
export function searchQueryCtes(terms: SearchTerms): Sql {
  return sql`search_word as (
      select w.word, w.pos::int as pos, w.pos = count(*) over () as last
      from unnest(string_to_array(${terms.words.join(' ')}::text, ' ')) with ordinality as w(word, pos)
    ), search_phrase as (
      select lower(immutable_unaccent(p.phrase)) as phrase, p.first, p.last
      from unnest(string_to_array(${list(terms.phrases.map((p) => p.text))}::text, '|'),
        string_to_array(${list(terms.phrases.map((p) => p.first))}::text, '|')::int[],
        string_to_array(${list(terms.phrases.map((p) => p.last))}::text, '|')::int[]) as p(phrase, first, last)
    ), search_place as (
      select p.first, p.last, m.id as municipality_id, m.country_code
      from search_phrase p join municipality m on m.search_names @> array[p.phrase]
      union all
      select p.first, p.last, null, c.code from search_phrase p join country c on c.search_names @> array[p.phrase]
    ), search_topic as (
      select string_agg(w.word, ' ' order by w.pos) as words,
        string_agg(w.word || case when w.last then ':*' else '' end, ' & ' order by w.pos) as operands
      from search_word w where not exists (select 1 from search_place p where w.pos between p.first and p.last)
    ), search_query as (
      select immutable_unaccent(lower(t.words)) as topic_words,
        to_tsquery('simple', immutable_unaccent(t.operands)) as topic,
        case when length(t.words) >= ${FUZZY_MIN_LENGTH} then immutable_unaccent(lower(t.words)) end as fuzzy_words,
        case when length(t.words) <= ${SHORT_WORD_LENGTH} then ${SHORT_WORD_SIMILARITY} else ${WORD_SIMILARITY} end as min_similarity,
        (select array_agg(municipality_id) from search_place where municipality_id is not null) as municipalities,
        (select array_agg(country_code) from search_place where municipality_id is null) as countries,
        (select array_agg(country_code) from search_place where municipality_id is not null) as near_countries,
        exists (select 1 from search_place) as has_place
      from search_topic t
    )`;
}

// Trigram similarity of words shorter than this is noise ("Riga" ~ "Rights" is 0.6): they match by full text only.
const FUZZY_MIN_LENGTH = sqlText('5');
// Up to this length one changed letter is a different word: a stricter threshold than pg_trgm's 0.6.
const SHORT_WORD_LENGTH = sqlText('6');
const SHORT_WORD_SIMILARITY = sqlText('0.75');
const WORD_SIMILARITY = sqlText('0.6');

/** Unaccented, lower-cased text of a column, as the trigram indexes store it. */
export const folded = (column: string) => `immutable_unaccent(lower(${column}))`;

/** The topic words are close to a name: typos and missing diacritics forgiven, short words held stricter. */
export const fuzzyNameMatches = (name: string) =>
  `(select fuzzy_words from search_query) <% ${folded(name)}
   and word_similarity((select fuzzy_words from search_query), ${folded(name)}) >= (select min_similarity from search_query)`;

/** The topic words, by full text (`q.topic` as an index condition works only through a scalar subquery). */
export const topicMatches = (vector: string) => `${vector} @@ (select topic from search_query)`;

/**
 * Where a record is, against the place the search names: 1 in a named municipality or country; with a topic
 * also 0.5 in the country of a named municipality without a municipality of its own (a national body serves
 * the whole country: "labour inspection Tallinn" finds the Estonian inspectorate) and 0.25 elsewhere in that
 * country; 0 elsewhere. Needs `search_query q` in scope.
 */
export const placeTier = (alias: string) => `case
    when ${alias}.municipality_id = any(q.municipalities) or ${alias}.country_code = any(q.countries) then 1
    when q.topic is not null and ${alias}.country_code = any(q.near_countries)
      then case when ${alias}.municipality_id is null then 0.5 else 0.25 end
    else 0 end`;

/** Records in the named place, for a search that is only a place. */
export const inNamedPlace = (alias: string) => `(select topic from search_query) is null
    and (${alias}.municipality_id = any((select municipalities from search_query)::uuid[])
      or ${alias}.country_code = any((select countries from search_query)::char(2)[]))`;

/**
 * Relevance: the place first (twice its tier), then an exact name (or acronym), how closely the topic
 * matches the name (when close enough to count as a match), and the full-text rank of everything else the
 * record says. Needs `search_query q`.
 */
export const relevance = (alias: string, name: string, exactExtra = '') => `(2 * ${placeTier(alias)}
    + case when ${folded(name)} = q.topic_words${exactExtra} then 1 else 0 end
    + case when word_similarity(q.fuzzy_words, ${folded(name)}) >= q.min_similarity
        then word_similarity(q.fuzzy_words, ${folded(name)}) else 0 end
    + coalesce(ts_rank(${alias}.search_vector, q.topic), 0))::float8`;

/** A kind of record the search finds, as SQL: its table, its name column and the ids that match the words. */
export interface SearchTarget {
  table: string;
  alias: string;
  /** The column a record is called by, e.g. `e.full_name`. */
  name: string;
  /**
   * A query of `id, fuzzy`: the ids that match the topic or (with no topic) the place, and whether by trigram
   * similarity alone; may use the helpers above.
   */
  candidates: string;
  /** Further exact matches, e.g. ` or lower(o.acronym) = q.topic_words`. */
  exactExtra?: string;
}

/**
 * Ids and scores of all the records a search matches; `where` narrows further (`and …`). Of the places, the
 * best tier found counts: elsewhere in the country only when nothing is in the place or at national level.
 * Matches by similarity alone count only when nothing matches the words as typed ("Kazlauskiene" is not
 * also "Paulauskienė"; "Korhonnen" still finds Korhonen).
 */
export function matchingIds(terms: SearchTerms, target: SearchTarget, where: Sql = sqlText('')): Sql {
  const { table, alias } = target;
  return sql`with ${searchQueryCtes(terms)}, candidate as (${sqlText(target.candidates)}),
    placed as (
      select ${sqlText(alias)}.id, c.fuzzy, ${sqlText(placeTier(alias))} as tier,
        ${sqlText(relevance(alias, target.name, target.exactExtra))} as score
      from ${sqlText(table)} ${sqlText(alias)}
      join (select id, bool_and(fuzzy) as fuzzy from candidate group by id) c on c.id = ${sqlText(alias)}.id
      cross join search_query q
      where (not q.has_place or ${sqlText(placeTier(alias))} > 0) ${where}
    )
    select p.id, p.score from (
      select placed.*, max(tier) over () as best_tier, bool_and(fuzzy) over () as all_fuzzy from placed
    ) p
    where (p.tier >= 0.5 or p.best_tier < 0.5) and (not p.fuzzy or p.all_fuzzy)`;
}

/**
 * One page of matches, best first, each row with its score and the number of matches in all:
 * `id, score, total`. Ties go by name, then id, so pages are stable.
 */
export function rankedIds(terms: SearchTerms, target: SearchTarget, page: { where?: Sql; limit: number; offset: number }): Sql {
  return sql`select ranked.id, ranked.score, (count(*) over ())::int as total
    from (${matchingIds(terms, target, page.where)}) ranked
    join ${sqlText(target.table)} ${sqlText(target.alias)} on ${sqlText(target.alias)}.id = ranked.id
    order by ranked.score desc, ${sqlText(target.name)}, ranked.id limit ${page.limit} offset ${page.offset}`;
}

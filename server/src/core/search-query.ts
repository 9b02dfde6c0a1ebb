import { sql, sqlInteger, sqlText, type Sql } from './sql.js';
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
export const FUZZY_MIN_LENGTH = sqlText('5');
// Up to this length one changed letter is a different word: a stricter threshold than pg_trgm's 0.6.
export const SHORT_WORD_LENGTH = sqlText('6');
export const SHORT_WORD_SIMILARITY = sqlText('0.75');
export const WORD_SIMILARITY = sqlText('0.6');

/** Unaccented, lower-cased text of a column, as `search_name` holds a name. */
export const folded = (column: string) => `immutable_unaccent(lower(${column}))`;

const FUZZY_WORDS = '(select fuzzy_words from search_query)';

/**
 * The topic words are close to a name (its `search_name` column, trigram-indexed): typos and missing
 * diacritics forgiven, short words held stricter.
 */
export const fuzzyNameMatches = (searchName: string) =>
  `${FUZZY_WORDS} <% ${searchName}
   and word_similarity(${FUZZY_WORDS}, ${searchName}) >= (select min_similarity from search_query)`;

/** The topic words, by full text (`q.topic` as an index condition works only through a scalar subquery). */
export const topicMatches = (vector: string) => `${vector} @@ (select topic from search_query)`;

/**
 * Records in the named place, for a search that is only a place, as two arms of the candidates built by `arm`
 * from a condition: one by municipality, one by country, each through its own index (one condition that ORs
 * them reads every record). A record in both comes twice; the candidates are grouped by record.
 */
export const inNamedPlace = (arm: (condition: string) => string, alias: string) =>
  `${arm(`${onlyNamed('municipalities')} and ${alias}.municipality_id = any((select municipalities from search_query)::uuid[])`)}
    union all ${arm(`${onlyNamed('countries')} and ${alias}.country_code = any((select countries from search_query)::char(2)[])`)}`;

// Each arm of inNamedPlace is skipped outright when the search names no place of its kind: the planner cannot
// know that from the array's value and would otherwise walk a whole index to find nothing.
const onlyNamed = (places: string) => `(select topic from search_query) is null and (select ${places} from search_query) is not null`;

/** A kind of record the search finds, as SQL: its table, its name column and the rows that match the words. */
export interface SearchTarget {
  table: string;
  alias: string;
  /** The column a record is called by, e.g. `full_name`. */
  name: string;
  /** Whether anonymous visitors may see a record, e.g. `o.publicly_listed`. */
  listed: string;
  /**
   * A `union all` of the rows that match the topic or (with no topic) the place, each arm built with
   * `candidateColumns` to say how it matched. A record may come from several arms.
   */
  candidates: string;
}

/** How an arm of the candidates matched: it sets what the ranking adds up, so each arm computes only its own. */
export interface HowMatched {
  /** By trigram similarity alone: counts only when nothing matches as typed. */
  fuzzy: boolean;
  /** The name's similarity to the topic words (an expression), when the arm matched by it. */
  similarity?: string;
  /** An exact name or acronym (an expression). */
  exact?: string;
  /** The record's own words (0.1) weigh more than its organisation's (0.05). */
  weight?: number;
}

/** The columns of one arm of a target's candidates, in the order every arm returns them. */
export const candidateColumns = (target: Pick<SearchTarget, 'alias' | 'name' | 'listed'>, how: HowMatched) => {
  const a = target.alias;
  return `${a}.id, ${a}.${target.name} as name, ${a}.municipality_id, ${a}.country_code, ${target.listed} as listed,
    ${how.fuzzy} as fuzzy, (${how.similarity ?? '0'})::float8 as similarity, ${how.exact ?? 'false'} as exact,
    ${how.weight ?? 0}::float8 as weight`;
};

/** The similarity a fuzzy arm reports, and whether the name (its `search_name`) is exactly the topic words. */
export const nameSimilarity = (searchName: string): HowMatched => ({
  fuzzy: true,
  similarity: `word_similarity(${FUZZY_WORDS}, ${searchName})`,
  exact: `${searchName} = ${FUZZY_WORDS}`,
});

/**
 * Where a record is, against the place the search names: 1 in a named municipality or country; with a topic
 * also 0.5 in the country of a named municipality without a municipality of its own (a national body serves
 * the whole country: "labour inspection Tallinn" finds the Estonian inspectorate) and 0.25 elsewhere in that
 * country; 0 elsewhere.
 */
const PLACE_TIER = `case
    when g.municipality_id = any(q.municipalities) or g.country_code = any(q.countries) then 1
    when q.topic is not null and g.country_code = any(q.near_countries)
      then case when g.municipality_id is null then 0.5 else 0.25 end
    else 0 end`;

/**
 * Ids, names and scores of all the records a search matches; `where` narrows further (`and …` over the
 * candidate `c`: `c.id`, `c.listed`). Relevance: the place first (twice its tier), then an exact name or
 * acronym, the name's similarity (where it matched by it), and whether the record's own words matched.
 * Of the places, the best tier found counts: elsewhere in the country only when nothing is in the place or
 * at national level. Matches by similarity alone count only when nothing matches the words as typed
 * ("Kazlauskiene" is not also "Paulauskienė"; "Korhonnen" still finds Korhonen).
 */
export function matchingIds(terms: SearchTerms, target: SearchTarget, where: Sql = sqlText('')): Sql {
  return sql`with ${searchQueryCtes(terms)} ${matches(target, where)}`;
}

/** matchingIds without its common table expressions: for a statement that reads `search_query` once for several kinds. */
function matches(target: SearchTarget, where: Sql): Sql {
  const grouped = sql`select c.id, c.name, c.municipality_id, c.country_code, bool_and(c.fuzzy) as fuzzy, bool_or(c.exact) as exact,
      max(c.similarity) as similarity, max(c.weight) as weight
    from (${sqlText(target.candidates)}) c where true ${where}
    group by c.id, c.name, c.municipality_id, c.country_code`;
  const placed = sql`select g.id, g.name, g.fuzzy, ${sqlText(PLACE_TIER)} as tier,
      (2 * ${sqlText(PLACE_TIER)} + case when g.exact then 1 else 0 end + g.similarity + g.weight)::float8 as score
    from (${grouped}) g cross join search_query q
    where not q.has_place or ${sqlText(PLACE_TIER)} > 0`;
  return sql`select p.id, p.name, p.score from (
      select placed.*, max(tier) over () as best_tier, bool_and(fuzzy) over () as all_fuzzy from (${placed}) placed
    ) p
    where (p.tier >= 0.5 or p.best_tier < 0.5) and (not p.fuzzy or p.all_fuzzy)`;
}

/**
 * One page of matches, best first, each row with its score and the number of matches in all:
 * `id, name, score, total`. Ties go by name, then id, so pages are stable.
 */
export function rankedIds(terms: SearchTerms, target: SearchTarget, page: Page): Sql {
  return pageOf(matchingIds(terms, target, page.where), page);
}

/**
 * rankedIds inside a statement that starts `with ${searchQueryCtes(terms)}`: kinds ranked side by side read the
 * words and places once, and the statement is planned once with them.
 */
export function rankedMatches(target: SearchTarget, page: Page): Sql {
  return pageOf(matches(target, page.where ?? sqlText('')), page);
}

interface Page {
  where?: Sql;
  limit: number;
  offset: number;
}

const pageOf = (matching: Sql, page: Page) => sql`select ranked.id, ranked.name, ranked.score, (count(*) over ())::int as total
    from (${matching}) ranked
    order by ranked.score desc, ranked.name, ranked.id limit ${sqlInteger(page.limit)} offset ${sqlInteger(page.offset)}`;

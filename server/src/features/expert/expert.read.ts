import { Cursor } from '@mikro-orm/core';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import { parseUuid } from '../../core/ids.js';
import { rankedIds } from '../../core/search-query.js';
import { hasConditions, matchingCount, matchingIds } from '../../core/matching-ids.js';
import { preparedSql, readRows, sql, sqlInteger, sqlText } from '../../core/sql.js';
import { searchTerms, type SearchTerms } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { prepared } from '../../db/prepared-statements.js';
import { Expert } from './expert.entity.js';
import { expertWhere } from './expert-filter.js';
import { EXPERT_SEARCH } from './expert-text-match.js';
import type { ExpertFilter } from './expert.inputs.js';
import { EVERY_EXPERT_FIELD, expertColumns, type ExpertReads } from './expert-reads.js';
import { EXPERT_JOINS, toExpert, type ExpertRow, type ExpertView } from './expert.view.js';

/**
 * One page of the expert directory, by name; with a text filter, best match first (the search's ranking).
 * One statement: the page with its organisation, country and municipality joined and its roles aggregated,
 * beside the total (counted without the joins: at 20k experts the joined count took 30 ms, the plain one 2 ms).
 * Prepared: planning it took about as long as running it. The rows become plain objects; nothing is hydrated
 * or tracked.
 */
export async function findExperts(
  em: Em,
  filter: ExpertFilter | null | undefined,
  page: ConnectionArgs,
  reads: ExpertReads = EVERY_EXPERT_FIELD,
): Promise<ConnectionShape<ExpertView>> {
  const terms = searchTerms(filter?.text);
  if (terms) return findExpertsByRelevance(em, filter ?? {}, terms, page, reads);
  const after = checkCursor(page.after, ['text', 'uuid']);
  const where = expertWhere(filter);
  const ids = hasConditions(where) ? matchingIds(em, Expert, where) : null;
  const matching = ids ? sql`e.id in (${ids})` : sqlText('true');
  const total = ids ? matchingCount(ids) : sqlText('select count(*)::int as total from expert');
  const [name, id] = after ? (Cursor.decode(after) as [string, string]) : [];
  const position = after ? sql`and (e.full_name, e.id) > (${name}, ${id}::uuid)` : sqlText('');
  const statement = sql`select t.total, p.* from (${total}) t
    left join lateral (select ${sqlText(expertColumns(reads))} from expert e ${sqlText(EXPERT_JOINS)}
      where ${matching} ${position} order by e.full_name, e.id limit ${sqlInteger(page.first + 1)}) p on true
    order by p.full_name, p.id`;
  const rows = await readRows<ExpertRow & { total: number }>(em, preparedSql(statement));
  const listed = rows.filter((row) => row.id !== null);
  const nodes = listed.slice(0, page.first).map(toExpert);
  const cursorOf = (node: ExpertView) => Cursor.encode([node.fullName, node.id]);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: listed.length > page.first, endCursor: nodes.length ? cursorOf(nodes.at(-1)!) : null },
    totalCount: rows[0]?.total ?? 0,
  };
}

/**
 * The directory with a text filter (issue 10: it ranked by name while the header search ranked by relevance).
 * One statement ranks and counts the matches that meet the other conditions too; a second reads the page's
 * experts. A cursor is a position in the ranking.
 */
async function findExpertsByRelevance(
  em: Em,
  filter: ExpertFilter,
  terms: SearchTerms,
  page: ConnectionArgs,
  reads: ExpertReads,
): Promise<ConnectionShape<ExpertView>> {
  const after = checkCursor(page.after, ['integer']);
  const offset = after ? (Cursor.decode(after)[0] as number) : 0;
  const others = expertWhere(Object.assign({}, filter, { text: null }));
  const where = hasConditions(others) ? sql`and c.id in (${matchingIds(em, Expert, others)})` : sqlText('');
  const ranking = rankedIds(terms, EXPERT_SEARCH, { where, limit: page.first + 1, offset });
  const rows = await readRows<{ id: string; total: number }>(em, ranking);
  const ids = rows.slice(0, page.first).map((row) => row.id);
  const byId = new Map((await readExperts(em, ids, reads)).map((expert) => [expert.id, expert]));
  const edges = ids.flatMap((id, i) => {
    const node = byId.get(id);
    return node ? [{ cursor: Cursor.encode([offset + i + 1]), node }] : [];
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: rows[0]?.total ?? 0,
  };
}

export async function findExpert(em: Em, id: string): Promise<ExpertView | null> {
  return (await readExperts(em, [parseUuid(id, 'id')]))[0] ?? null;
}

/** Experts by id, in one statement (order not kept: callers index them). */
export async function readExperts(em: Em, ids: readonly string[], reads: ExpertReads = EVERY_EXPERT_FIELD): Promise<ExpertView[]> {
  if (ids.length === 0) return [];
  // One expert (a profile) by `= $1`: PostgreSQL plans `= any($1)` again for each array, `= $1` once per connection.
  const [where, param] = ids.length === 1 ? ['e.id = $1::uuid', ids[0]] : ['e.id = any($1::uuid[])', `{${ids.join(',')}}`];
  const text = prepared(`select ${expertColumns(reads)} from expert e ${EXPERT_JOINS} where ${where}`);
  return (await readRows<ExpertRow>(em, text, [param])).map(toExpert);
}

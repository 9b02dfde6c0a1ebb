import { isMember, type Viewer } from '../../core/auth.js';
import { rankedIds, type SearchTarget } from '../../core/search-query.js';
import { sql, sqlText } from '../../core/sql.js';
import { searchTerms, type SearchTerms } from '../../core/text-search.js';
import { EXPERT_SEARCH } from '../expert/expert-text-match.js';
import { ORGANISATION_SEARCH } from '../organisation/organisation-text-match.js';
import type { Em } from '../../db/orm.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { SearchHit, SearchResults } from './search.types.js';

type RankedRow = Record<string, unknown> & { score: number; total: number };

/**
 * One ranked list of experts (members only) and organisations (anonymous visitors: publicly listed ones).
 * Two statements whatever `first` is: each kind ranks, counts and returns its best rows in one query, and
 * the two short lists merge here. Relations of the hits load through the ORM's batching dataloader.
 */
export async function search(em: Em, viewer: Viewer, query: string, first: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (!terms) return { hits: [], expertCount: 0, organisationCount: 0 };
  const [experts, organisations] = await Promise.all([
    directoryAbilities.can(viewer, 'seeExperts') ? rank(em, Expert, EXPERT_SEARCH, terms, first) : { hits: [], total: 0 },
    rank(em, Organisation, ORGANISATION_SEARCH, terms, first, isMember(viewer) ? '' : 'and c.listed'),
  ]);
  const hits = [...experts.hits, ...organisations.hits].toSorted(byRelevance).slice(0, first);
  return { hits, expertCount: experts.total, organisationCount: organisations.total };
}

async function rank(
  em: Em,
  kind: typeof Expert | typeof Organisation,
  target: SearchTarget,
  terms: SearchTerms,
  first: number,
  where = '',
) {
  const { table, alias } = target;
  const ranked = rankedIds(terms, target, { where: sqlText(where), limit: first, offset: 0 });
  const query = sql`select ${sqlText(alias)}.*, r.score, r.total from (${ranked}) r
    join ${sqlText(table)} ${sqlText(alias)} on ${sqlText(alias)}.id = r.id
    order by r.score desc, r.name, r.id`;
  const rows = await em.getConnection().execute<RankedRow[]>(query.sql, query.params);
  return { hits: rows.map((row) => hit(em.map(kind as typeof Expert, entityColumns(row)), row)), total: rows[0]?.total ?? 0 };
}

function hit(node: Expert | Organisation, row: RankedRow): SearchHit {
  return { node, score: row.score };
}

/** The entity's own columns: the ranking extras and the generated search columns are not mapped. */
function entityColumns(row: RankedRow): Record<string, unknown> {
  const { score: _score, total: _total, search_vector: _vector, search_name: _name, ...columns } = row;
  return columns;
}

const nameOf = (node: Expert | Organisation) => (node instanceof Expert ? node.fullName : node.name);

function byRelevance(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  const [x, y] = [nameOf(a.node), nameOf(b.node)];
  return x < y ? -1 : x > y ? 1 : 0;
}

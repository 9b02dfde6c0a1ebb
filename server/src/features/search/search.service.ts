import { isMember, type Viewer } from '../../core/auth.js';
import { rankedMatches, searchQueryCtes, type SearchTarget } from '../../core/search-query.js';
import { preparedSql, readRows, sql, sqlText, type Sql } from '../../core/sql.js';
import { searchTerms, type SearchTerms } from '../../core/text-search.js';
import { UNNARROWED_EXPERT_SEARCH } from '../expert/expert-text-match.js';
import { ORGANISATION_SEARCH } from '../organisation/organisation-text-match.js';
import type { Em } from '../../db/orm.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ResourceMatch } from '../resource/resource-match.type.js';
import { searchForums } from './forum-search.js';
import { PostMatch, ThreadMatch, type SearchHit, type SearchNode, type SearchResults } from './search.types.js';

interface DirectoryRow {
  kind: 'expert' | 'organisation';
  row: Record<string, unknown>;
  /** An expert's organisation, read in the same statement. */
  organisation: Record<string, unknown> | null;
  name: string;
  score: number;
  total: number;
}

const NOTHING: SearchResults = { hits: [], expertCount: 0, organisationCount: 0, threadCount: 0, postCount: 0, resourceCount: 0 };

/**
 * One ranked list of experts (members only), organisations (anonymous visitors: publicly listed ones), and the
 * forum threads and posts and library resources the viewer may read. Two statements whatever `first` is: the directory's kinds in one,
 * the forum's and the library's in the other; each kind ranks, counts and returns its best rows in SQL, and the short lists merge
 * here. Relations of the hits load through the ORM's batching dataloader.
 */
export async function search(em: Em, viewer: Viewer, query: string, first: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (!terms) return NOTHING;
  const [directory, forums] = await Promise.all([searchDirectory(em, viewer, terms, first), searchForums(em, viewer, terms, first)]);
  const hits = [...directory.hits, ...forums.threads, ...forums.resources, ...forums.posts].toSorted(byRelevance).slice(0, first);
  return {
    hits,
    expertCount: directory.expertCount,
    organisationCount: directory.organisationCount,
    threadCount: forums.threadCount,
    postCount: forums.postCount,
    resourceCount: forums.resourceCount,
  };
}

async function searchDirectory(em: Em, viewer: Viewer, terms: SearchTerms, first: number) {
  const organisations = ranked('organisation', ORGANISATION_SEARCH, first, isMember(viewer) ? '' : 'and c.listed');
  const experts = ranked(
    'expert',
    UNNARROWED_EXPERT_SEARCH,
    first,
    '',
    'select to_jsonb(o) from organisation o where o.id = e.organisation_id',
  );
  const kinds = directoryAbilities.can(viewer, 'seeExperts') ? sql`${experts} union all ${organisations}` : organisations;
  const query = sql`with ${searchQueryCtes(terms)} select * from (${kinds}) directory`;
  // Prepared: the text is the same for every search of a kind of viewer (the words travel as parameters), and
  // planning it took as long as running it for a rare word.
  const rows = await readRows<DirectoryRow>(em, preparedSql(query));
  const of = (kind: DirectoryRow['kind']) => rows.filter((row) => row.kind === kind);
  // An expert's organisation enters the identity map first: the expert's reference to it is then loaded, and
  // \`organisation { … }\` on a hit costs no third statement.
  for (const row of of('expert')) if (row.organisation) em.map(Organisation, entityColumns(row.organisation));
  return {
    hits: [
      ...of('expert').map((row) => hit(em.map(Expert, entityColumns(row.row)), row)),
      ...of('organisation').map((row) => hit(em.map(Organisation, entityColumns(row.row)), row)),
    ],
    expertCount: of('expert')[0]?.total ?? 0,
    organisationCount: of('organisation')[0]?.total ?? 0,
  };
}

/** One kind's best rows as `kind, row (the record as JSON), name, score, total`, ready to join another kind's. */
function ranked(kind: DirectoryRow['kind'], target: SearchTarget, first: number, where = '', organisation = 'null'): Sql {
  const { table, alias } = target;
  const page = rankedMatches(target, { where: sqlText(where), limit: first, offset: 0 });
  return sql`(select ${kind}::text as kind, to_jsonb(${sqlText(alias)}) as row, (${sqlText(organisation)})::jsonb as organisation,
    r.name, r.score, r.total from (${page}) r
    join ${sqlText(table)} ${sqlText(alias)} on ${sqlText(alias)}.id = r.id)`;
}

function hit(node: Expert | Organisation, row: DirectoryRow): SearchHit {
  return { node, score: row.score };
}

/** The entity's own columns: the generated search columns are not mapped. */
function entityColumns(row: Record<string, unknown>): Record<string, unknown> {
  const { search_vector: _vector, search_name: _name, ...columns } = row;
  return columns;
}

/** Best first; equal scores: the directory's by name, then threads by last activity, then posts newest first. */
function byRelevance(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  const [x, y] = [a.node, b.node];
  const group = (node: SearchNode) =>
    node instanceof ThreadMatch ? 1 : node instanceof ResourceMatch ? 2 : node instanceof PostMatch ? 3 : 0;
  if (group(x) !== group(y)) return group(x) - group(y);
  if (x instanceof ThreadMatch && y instanceof ThreadMatch) return y.lastPostAt.getTime() - x.lastPostAt.getTime();
  if (x instanceof ResourceMatch && y instanceof ResourceMatch) return y.createdAt.getTime() - x.createdAt.getTime();
  if (x instanceof PostMatch && y instanceof PostMatch) return y.createdAt.getTime() - x.createdAt.getTime();
  const [m, n] = [directoryName(x), directoryName(y)];
  return m < n ? -1 : m > n ? 1 : 0;
}

const directoryName = (node: SearchNode) => (node instanceof Expert ? node.fullName : node instanceof Organisation ? node.name : '');

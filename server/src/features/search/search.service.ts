import { isMember, type Viewer } from '../../core/auth.js';
import { folded, TSQUERY, type SearchTerms, searchTerms } from '../../core/text-search.js';
import { expertCandidates } from '../expert/expert-text-match.js';
import { organisationCandidates } from '../organisation/organisation-text-match.js';
import type { Em } from '../../db/orm.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { SearchHit, SearchResults } from './search.types.js';

type RankedRow = Record<string, unknown> & { score: number; total: number };

/**
 * Relevance: an exact (unaccented) name first, then how closely the words match a name (typos, prefixes),
 * then full-text rank over everything else the record says. Bind: words, words, tsquery.
 */
const score = (name: string, extraExact = '') => `(
  case when ${folded(name)} = immutable_unaccent(lower(?))${extraExact} then 1 else 0 end
  + word_similarity(immutable_unaccent(lower(?)), ${folded(name)})
  + ts_rank(search_vector, ${TSQUERY}))::float8`;

/**
 * One ranked list of experts (members only) and organisations (anonymous visitors: publicly listed ones).
 * Two statements whatever `first` is: each kind ranks, counts and returns its best rows in one query, and
 * the two short lists merge here. Relations of the hits load through the ORM's batching dataloader.
 */
export async function search(em: Em, viewer: Viewer, query: string, first: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (!terms) return { hits: [], expertCount: 0, organisationCount: 0 };
  const [experts, organisations] = await Promise.all([
    directoryAbilities.can(viewer, 'seeExperts') ? rankExperts(em, terms, first) : { hits: [], total: 0 },
    rankOrganisations(em, terms, first, isMember(viewer)),
  ]);
  const hits = [...experts.hits, ...organisations.hits].toSorted(byRelevance).slice(0, first);
  return { hits, expertCount: experts.total, organisationCount: organisations.total };
}

async function rankExperts(em: Em, terms: SearchTerms, first: number) {
  const candidates = expertCandidates(terms);
  const rows = await em.getConnection().execute<RankedRow[]>(
    `select e.*, ranked.score, ranked.total from (
       select e.id, ${score('e.full_name')} as score, (count(*) over ())::int as total
       from expert e where e.id in (${candidates.sql})
       order by score desc, e.full_name, e.id limit ?
     ) ranked join expert e on e.id = ranked.id
     order by ranked.score desc, e.full_name, e.id`,
    [terms.words, terms.words, terms.tsquery, ...candidates.params, first],
  );
  return { hits: rows.map((row) => hit(em.map(Expert, entityColumns(row)), row)), total: rows[0]?.total ?? 0 };
}

async function rankOrganisations(em: Em, terms: SearchTerms, first: number, member: boolean) {
  const candidates = organisationCandidates(terms);
  const rows = await em.getConnection().execute<RankedRow[]>(
    `select o.*, ranked.score, ranked.total from (
       select o.id, ${score('o.name', ` or lower(o.acronym) = lower(?)`)} as score, (count(*) over ())::int as total
       from organisation o where o.id in (${candidates.sql}) ${member ? '' : 'and o.publicly_listed'}
       order by score desc, o.name, o.id limit ?
     ) ranked join organisation o on o.id = ranked.id
     order by ranked.score desc, o.name, o.id`,
    [terms.words, terms.words, terms.words, terms.tsquery, ...candidates.params, first],
  );
  return { hits: rows.map((row) => hit(em.map(Organisation, entityColumns(row)), row)), total: rows[0]?.total ?? 0 };
}

function hit(node: Expert | Organisation, row: RankedRow): SearchHit {
  return { node, score: row.score };
}

/** The entity's own columns: the ranking extras and the generated search vector are not mapped. */
function entityColumns(row: RankedRow): Record<string, unknown> {
  const { score: _score, total: _total, search_vector: _vector, ...columns } = row;
  return columns;
}

const nameOf = (node: Expert | Organisation) => (node instanceof Expert ? node.fullName : node.name);

function byRelevance(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  const [x, y] = [nameOf(a.node), nameOf(b.node)];
  return x < y ? -1 : x > y ? 1 : 0;
}

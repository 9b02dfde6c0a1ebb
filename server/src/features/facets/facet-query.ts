import type { Sql } from '../../core/sql.js';
import type { Em } from '../../db/orm.js';
import type { FacetCount } from './facets.types.js';

/**
 * A query builder's SQL with its bound parameters, to nest as a subquery: the very conditions the list uses.
 * (Callers cast the ORM filter to the builder's filter type: the same objects, typed apart by MikroORM.)
 */
export function subquery(qb: { toQuery(): { sql: string; params: readonly unknown[] } }): Sql {
  const { sql, params } = qb.toQuery();
  return { sql, params: [...params] };
}

/** One facet: `select` yields value, label and count; the ids it counts over ignore the facet's own dimension. */
export interface FacetBranch {
  facet: string;
  sql: string;
  params: unknown[];
}

interface FacetRow {
  facet: string;
  value: string | null;
  label: string | null;
  count: number;
}

/** All facets in one statement (`union all`), so facet counts cost the same whatever the filter holds. */
export async function countFacets(em: Em, branches: FacetBranch[]): Promise<Map<string, FacetCount[]>> {
  const sql = branches.map((b) => `select ${quoted(b.facet)}::text as facet, v.* from (${b.sql}) v`).join('\nunion all\n');
  const rows = await em.getConnection().execute<FacetRow[]>(
    sql,
    branches.flatMap((b) => b.params),
  );
  const byFacet = new Map<string, FacetCount[]>(branches.map((b) => [b.facet, []]));
  for (const row of rows) {
    if (row.value === null || row.count === 0) continue;
    byFacet.get(row.facet)!.push({ value: row.value, label: row.label, count: row.count });
  }
  for (const counts of byFacet.values()) counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return byFacet;
}

/** Facet names are ours, never the caller's; quoting keeps that true if one ever is not. */
function quoted(name: string): string {
  if (!/^[a-zA-Z]+$/.test(name)) throw new Error(`facet name ${name} is not a plain word`);
  return `'${name}'`;
}

/** The single number of a branch that counts without grouping (total, available for consultation). */
export function single(byFacet: Map<string, FacetCount[]>, facet: string): number {
  return byFacet.get(facet)?.[0]?.count ?? 0;
}

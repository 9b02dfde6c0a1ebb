import { Cursor } from '@mikro-orm/core';
import type { Viewer } from '../../core/auth.js';
import { checkCursor, type ConnectionShape } from '../../core/connection.js';
import { searchTerms } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { RESOURCE_COLUMNS, RESOURCE_FROM, toResource, viewerParam, type ResourceRow } from './resource-row.js';
import type { ResourceFilter } from './resource.inputs.js';
import { visibleResourceSql } from './resource.policy.js';
import type { ResourceFacetsType, ResourceType } from './resource.types.js';

/** One resource the viewer may read, or null. One statement. */
export async function findResource(em: Em, viewer: Viewer, id: string): Promise<ResourceType | null> {
  const visible = visibleResourceSql(viewer);
  const [row] = await em.execute<ResourceRow[]>(`select ${RESOURCE_COLUMNS} from ${RESOURCE_FROM} where r.id = ? and ${visible.sql}`, [
    viewerParam(viewer),
    id,
    ...visible.params,
  ]);
  return row ? toResource(row, viewer) : null;
}

/** The resources of `ids` the viewer may read, by id (what links to a resource shows it only to its readers). One statement. */
export async function readableResources(em: Em, viewer: Viewer, ids: readonly string[]): Promise<Map<string, ResourceType>> {
  if (ids.length === 0) return new Map();
  const visible = visibleResourceSql(viewer);
  const rows = await em.execute<ResourceRow[]>(
    `select ${RESOURCE_COLUMNS} from ${RESOURCE_FROM} where r.id = any(?::uuid[]) and ${visible.sql}`,
    [viewerParam(viewer), `{${[...new Set(ids)].join(',')}}`, ...visible.params],
  );
  return new Map(rows.map((row) => [row.id, toResource(row, viewer)]));
}

/** The filter as a WHERE condition on `r`, visibility first: what the viewer may not read is never counted. */
export function resourceConditions(viewer: Viewer, filter: ResourceFilter | null | undefined): { where: string[]; params: unknown[] } {
  const visible = visibleResourceSql(viewer);
  const where = [visible.sql];
  const params = [...visible.params];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  const terms = searchTerms(filter?.text);
  if (terms) {
    // Words hold only letters, marks and digits (searchTerms): joined with tsquery operators, nothing else is syntax.
    const operands = terms.words.map((word, i) => (i === terms.words.length - 1 ? `${word}:*` : word)).join(' & ');
    add(`r.search_vector @@ to_tsquery('simple', immutable_unaccent(?::text))`, operands);
  }
  if (filter?.kind) add('r.kind = ?', filter.kind);
  if (filter?.language) add('? = any(r.languages)', filter.language);
  if (filter?.level) add('r.level = ?', filter.level);
  if (filter?.countryCode) add('r.country_code = ?', filter.countryCode);
  if (filter?.year) add('r.year = ?', filter.year);
  return { where, params };
}

/** A page of the library, newest first; page and total in one statement. */
export async function listResources(
  em: Em,
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: ResourceFilter | null },
): Promise<ConnectionShape<ResourceType>> {
  const { where: filtered, params: filteredParams } = resourceConditions(viewer, args.filter);
  const where = [...filtered];
  const params = [...filteredParams];
  if (args.after) {
    const [createdAt, id] = Cursor.decode(checkCursor(args.after, ['datetime', 'uuid'])!) as [string, string];
    where.push('(r.created_at, r.id) < (?::timestamptz, ?::uuid)');
    params.push(createdAt, id);
  }
  // The count is the left side of a lateral join, so an empty page still reports the total.
  const joined = await em.execute<((ResourceRow | { [K in keyof ResourceRow]: null }) & { total_count: string })[]>(
    `select p.*, t.n as total_count from (select count(*) as n from resource r where ${filtered.join(' and ')}) t
       left join lateral (select ${RESOURCE_COLUMNS} from ${RESOURCE_FROM} where ${where.join(' and ')}
         order by r.created_at desc, r.id desc limit ?) p on true order by p.created_at desc, p.id desc`,
    [...filteredParams, viewerParam(viewer), ...params, args.first + 1],
  );
  const rows = joined.filter((row): row is ResourceRow & { total_count: string } => row.id !== null);
  const page = rows.slice(0, args.first).map((row) => toResource(row, viewer));
  const cursorOf = (node: ResourceType) => Cursor.encode([node.createdAt.toISOString(), node.id]);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    totalCount: Number(joined[0]?.total_count ?? 0),
  };
}

/** Counts of the matching resources by kind, language, level, country and year: one statement. */
export async function resourceFacets(em: Em, viewer: Viewer, filter: ResourceFilter | null | undefined): Promise<ResourceFacetsType> {
  const { where, params } = resourceConditions(viewer, filter);
  const rows = await em.execute<{ facet: keyof ResourceFacetsType; value: string; count: number }[]>(
    `with matching as materialized (select r.kind, r.languages, r.level, trim(r.country_code) as country_code, r.year
         from resource r where ${where.join(' and ')})
     select 'kinds' as facet, kind as value, count(*)::int as count from matching group by kind
     union all select 'languages', l, count(*)::int from matching cross join unnest(languages) l group by l
     union all select 'levels', level, count(*)::int from matching group by level
     union all select 'countries', country_code, count(*)::int from matching where country_code is not null group by country_code
     union all select 'years', year::text, count(*)::int from matching where year is not null group by year
     order by facet, count desc, value`,
    params,
  );
  const facets: ResourceFacetsType = { kinds: [], languages: [], levels: [], countries: [], years: [] };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  return facets;
}

import { Cursor } from '@mikro-orm/core';
import { BadUserInput } from '../../core/errors.js';
import { checkCursor, type ConnectionShape } from '../../core/connection.js';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import type { PreventionActivityFilter } from './prevention.args.js';
import { readableSql } from './prevention.policy.js';
import type { PreventionActivity, PreventionPlace } from './prevention.types.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { linkedResources } from './prevention-materials.js';
import { ACTIVITY_COLUMNS, ACTIVITY_FROM, toActivity, type PreventionRow } from './prevention.view.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string) =>
  ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
const whereSql = (list: readonly string[]) => `where ${list.join(' and ')}`;
const cursorOf = (node: PreventionActivity) => Cursor.encode([node.startsOn, node.id]);

/** One activity, or null for an unknown id or one the viewer may not read (a visitor and a NETWORK one). One statement, and one more when it names library resources. */
export async function findPreventionActivity(em: Em, viewer: Viewer, id: string): Promise<PreventionActivity | null> {
  const [row] = await em.execute<PreventionRow[]>(
    `select ${ACTIVITY_COLUMNS} from ${ACTIVITY_FROM} where a.id = ? and ${readableSql(viewer)}`,
    [id],
  );
  return row ? toActivity(row, viewer, await linkedResources(em, viewer, [row])) : null;
}

/** What the viewer may read, narrowed by the filter, as SQL conditions on `a`; a year matches every activity running in it. */
function conditions(viewer: Viewer, filter: PreventionActivityFilter | null | undefined): { where: string[]; params: unknown[] } {
  const where: string[] = [readableSql(viewer)];
  const params: unknown[] = [];
  if (filter?.visibility) {
    where.push('a.visibility = ?');
    params.push(filter.visibility);
  }
  if (filter?.targetGroup) {
    where.push('a.target_groups @> array[?]::text[]');
    params.push(filter.targetGroup);
  }
  if (filter?.formOfExploitation) {
    where.push('a.forms_of_exploitation @> array[?]::text[]');
    params.push(filter.formOfExploitation);
  }
  if (filter?.countryCode) {
    where.push('a.country_code = ?');
    params.push(filter.countryCode);
  }
  if (filter?.municipalityId) {
    where.push('a.municipality_id = ?');
    params.push(filter.municipalityId);
  }
  if (filter?.year) {
    where.push(`a.starts_on <= ?::date and coalesce(a.ends_on, 'infinity'::date) >= ?::date`);
    params.push(`${filter.year}-12-31`, `${filter.year}-01-01`);
  }
  return { where, params };
}

/** A page of the catalogue, latest start first; page and total in one statement (and one for the library resources it names). */
export async function listPreventionActivities(
  em: Em,
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: PreventionActivityFilter | null },
): Promise<ConnectionShape<PreventionActivity>> {
  const filtered = conditions(viewer, args.filter);
  const where = [...filtered.where];
  const params = [...filtered.params];
  if (args.after) {
    const [startsOn, id] = Cursor.decode(checkCursor(args.after, ['text', 'uuid'])!) as [string, string];
    // The cursor's date reaches SQL as a date: one we did not issue is refused here rather than failing there.
    if (!isCalendarDate(startsOn)) throw BadUserInput.field('after', 'after is not a valid cursor');
    where.push('(a.starts_on, a.id) < (?::date, ?::uuid)');
    params.push(startsOn, id);
  }
  // The count rides along as the left side of a lateral join, so an empty page still reports the total.
  const joined = await em.execute<((PreventionRow & { total_count: string }) | { id: null; total_count: string })[]>(
    `select page.*, t.n as total_count from (select count(*) as n from prevention_activity a ${whereSql(filtered.where)}) t
       left join lateral (select ${ACTIVITY_COLUMNS} from ${ACTIVITY_FROM} ${whereSql(where)}
         order by a.starts_on desc, a.id desc limit ?) page on true order by page.starts_on desc, page.id desc`,
    [...filtered.params, ...params, args.first + 1],
  );
  const rows = joined.filter((row): row is PreventionRow & { total_count: string } => row.id !== null);
  const pageRows = rows.slice(0, args.first);
  const resources = await linkedResources(em, viewer, pageRows);
  const page = pageRows.map((row) => toActivity(row, viewer, resources));
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    totalCount: Number(joined[0]?.total_count ?? 0),
  };
}

/** The municipalities of the filtered catalogue's local activities, with how many each has, for the map. One statement. */
export async function listPreventionPlaces(
  em: Em,
  viewer: Viewer,
  filter: PreventionActivityFilter | null | undefined,
): Promise<PreventionPlace[]> {
  const { where, params } = conditions(viewer, filter);
  const rows = await em.execute<{ municipality: MunicipalityView; n: string }[]>(
    `select ${municipalityJson('mu')} as municipality, count(*) as n from prevention_activity a join municipality mu on mu.id = a.municipality_id
       ${whereSql(where)} group by mu.id order by mu.name`,
    params,
  );
  return rows.map((row) => ({ municipality: row.municipality, activityCount: Number(row.n) }));
}

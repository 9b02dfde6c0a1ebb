import { Cursor } from '@mikro-orm/core';
import { checkCursor, type ConnectionShape } from '../../core/connection.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { SCENARIO_COLUMNS, SCENARIO_FROM, toScenario, type CostScenarioRow } from './cost-scenario.view.js';
import type { CostScenario } from './cost.types.js';

const EMPTY: ConnectionShape<CostScenario> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
/** What a member may read: their own scenarios and those shared with the network (the policy's `read`, in SQL). */
const READABLE = `(s.owner_id = ? or s.shared)`;

export interface CostScenarioFilter {
  mine?: boolean | null;
  countryCode?: string | null;
  municipalityId?: string | null;
}

/** One scenario the viewer may read, or null. One statement. */
export async function findCostScenario(em: Em, viewer: Viewer, id: string): Promise<CostScenario | null> {
  if (!isMember(viewer)) return null;
  const [row] = await em.execute<CostScenarioRow[]>(`select ${SCENARIO_COLUMNS} from ${SCENARIO_FROM} where s.id = ? and ${READABLE}`, [
    id,
    viewer.userId,
  ]);
  return row ? toScenario(row, viewer.userId) : null;
}

/** Scenarios by ids for a comparison, in the order asked, leaving out what the viewer may not read. One statement. */
export async function findCostScenarios(em: Em, viewer: Viewer, ids: readonly string[]): Promise<CostScenario[]> {
  if (!isMember(viewer) || ids.length === 0) return [];
  const rows = await em.execute<CostScenarioRow[]>(
    `select ${SCENARIO_COLUMNS} from ${SCENARIO_FROM} where s.id = any(?::uuid[]) and ${READABLE}`,
    [`{${ids.join(',')}}`, viewer.userId],
  );
  const byId = new Map(rows.map((row) => [row.id, toScenario(row, viewer.userId)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every scenario of a municipality the viewer may read, for its priorities view. One statement. */
export async function findMunicipalityScenarios(em: Em, viewer: Viewer, municipalityId: string): Promise<CostScenario[]> {
  if (!isMember(viewer)) return [];
  const rows = await em.execute<CostScenarioRow[]>(
    `select ${SCENARIO_COLUMNS} from ${SCENARIO_FROM} where s.municipality_id = ? and ${READABLE} order by s.updated_at desc, s.id desc`,
    [municipalityId, viewer.userId],
  );
  return rows.map((row) => toScenario(row, viewer.userId));
}

/** A page of readable scenarios, most recently changed first; page and total in one statement. */
export async function listCostScenarios(
  em: Em,
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: CostScenarioFilter | null },
): Promise<ConnectionShape<CostScenario>> {
  if (!isMember(viewer)) return EMPTY;
  const where = [READABLE];
  const params: unknown[] = [viewer.userId];
  if (args.filter?.mine) {
    where.push('s.owner_id = ?');
    params.push(viewer.userId);
  }
  if (args.filter?.countryCode) {
    where.push('s.country_code = ?');
    params.push(args.filter.countryCode);
  }
  if (args.filter?.municipalityId) {
    where.push('s.municipality_id = ?');
    params.push(args.filter.municipalityId);
  }
  const filtered = [...where];
  const filteredParams = [...params];
  if (args.after) {
    // checkCursor refuses a cursor we did not issue (each value of its sort key's type) before it reaches SQL.
    const [updatedAt, id] = Cursor.decode(checkCursor(args.after, ['datetime', 'uuid'])!) as [string, string];
    where.push('(s.updated_at, s.id) < (?::timestamptz, ?::uuid)');
    params.push(updatedAt, id);
  }
  // The count rides along as the left side of a lateral join, so an empty page still reports the total.
  const joined = await em.execute<((CostScenarioRow | { [K in keyof CostScenarioRow]: null }) & { total_count: string })[]>(
    `select p.*, t.n as total_count from (select count(*) as n from cost_scenario s where ${filtered.join(' and ')}) t
       left join lateral (select ${SCENARIO_COLUMNS} from ${SCENARIO_FROM} where ${where.join(' and ')}
         order by s.updated_at desc, s.id desc limit ?) p on true order by p.updated_at desc, p.id desc`,
    [...filteredParams, ...params, args.first + 1],
  );
  const rows = joined.filter((row): row is CostScenarioRow & { total_count: string } => row.id !== null);
  const page = rows.slice(0, args.first).map((row) => toScenario(row, viewer.userId));
  const cursorOf = (node: CostScenario) => Cursor.encode([node.updatedAt.toISOString(), node.id]);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    totalCount: Number(joined[0]?.total_count ?? 0),
  };
}

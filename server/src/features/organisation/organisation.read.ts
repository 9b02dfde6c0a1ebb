import { Cursor } from '@mikro-orm/core';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Viewer } from '../../core/auth.js';
import { parseUuid } from '../../core/ids.js';
import { hasConditions, matchingCount, matchingIds } from '../../core/matching-ids.js';
import { preparedSql, readRows, sql, sqlInteger, sqlText } from '../../core/sql.js';
import type { Em } from '../../db/orm.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationFilter } from './organisation.inputs.js';
import { organisationAbilities } from './organisation.policy.js';
import { organisationWhere } from './organisation-filter.js';
import {
  organisationWithPlacesJson,
  toOrganisation,
  type OrganisationJson,
  type OrganisationReads,
  type OrganisationView,
} from './organisation.view.js';

/**
 * One page of organisations by name, in one statement: each with its scope's places joined and what the query
 * reads of its services aggregated, beside the total (counted without the joins). Prepared: its text repeats
 * for the same conditions and selection. Plain objects; nothing is hydrated or tracked.
 */
export async function findOrganisations(
  em: Em,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  page: ConnectionArgs,
  reads: OrganisationReads,
): Promise<ConnectionShape<OrganisationView>> {
  const after = checkCursor(page.after, ['text', 'uuid']);
  const where = organisationWhere(viewer, filter);
  const ids = hasConditions(where) ? matchingIds(em, Organisation, where) : null;
  const matching = ids ? sql`o.id in (${ids})` : sqlText('true');
  const total = ids ? matchingCount(ids) : sqlText('select count(*)::int as total from organisation');
  const [name, id] = after ? (Cursor.decode(after) as [string, string]) : [];
  const position = after ? sql`and (o.name, o.id) > (${name}, ${id}::uuid)` : sqlText('');
  const statement = sql`select t.total, p.organisation from (${total}) t
    left join lateral (select o.name, o.id, ${sqlText(organisationWithPlacesJson('o', 'c', 'm', reads))} as organisation
      from organisation o left join country c on c.code = o.country_code left join municipality m on m.id = o.municipality_id
      where ${matching} ${position} order by o.name, o.id limit ${sqlInteger(page.first + 1)}) p on true
    order by p.name, p.id`;
  const rows = await readRows<{ total: number; organisation: OrganisationJson | null }>(em, preparedSql(statement));
  const listed = rows.flatMap((row) => (row.organisation ? [toOrganisation(row.organisation)] : []));
  const nodes = listed.slice(0, page.first);
  const cursorOf = (node: OrganisationView) => Cursor.encode([node.name, node.id]);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: listed.length > page.first, endCursor: nodes.length ? cursorOf(nodes.at(-1)!) : null },
    totalCount: rows[0]?.total ?? 0,
  };
}

/** One organisation as its page shows it, in one statement: its places joined, its services aggregated. */
export async function findOrganisation(em: Em, viewer: Viewer, id: string): Promise<OrganisationView | null> {
  const [row] = await readRows<{ organisation: OrganisationJson }>(
    em,
    `select ${organisationWithPlacesJson('o', 'c', 'm')} as organisation from organisation o
       left join country c on c.code = o.country_code left join municipality m on m.id = o.municipality_id where o.id = ?`,
    [parseUuid(id, 'id')],
  );
  const organisation = row ? toOrganisation(row.organisation) : null;
  return organisation && organisationAbilities.can(viewer, 'see', organisation) ? organisation : null;
}

import { Cursor } from '@mikro-orm/core';
import { checkCursor, type ConnectionShape } from '../../core/connection.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import type { CounterpartRequestBox } from './counterpart-request.enums.js';
import { readableSql } from './counterpart-request.policy.js';
import type { CounterpartRequest } from './counterpart-request.types.js';
import { REQUEST_COLUMNS, REQUEST_FROM, toCounterpartRequest, type CounterpartRequestRow } from './counterpart-request.view.js';

const EMPTY: ConnectionShape<CounterpartRequest> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** One request the viewer may see, with both sides and its thread, or null. One statement. */
export async function findCounterpartRequest(em: Em, viewer: Viewer, id: string): Promise<CounterpartRequest | null> {
  if (!isMember(viewer)) return null;
  const readable = readableSql(viewer);
  const [row] = await em.execute<CounterpartRequestRow[]>(
    `select ${REQUEST_COLUMNS} from ${REQUEST_FROM} where r.id = ? and ${readable.sql}`,
    [id, ...readable.params],
  );
  return row ? toCounterpartRequest(row, viewer) : null;
}

/** The box's condition over `counterpart_request r`, binding the viewer's id where it names them. */
function boxSql(box: CounterpartRequestBox, userId: string): { sql: string; params: unknown[] } {
  const recipient = (state: string) =>
    `exists (select 1 from counterpart_request_recipient b where b.request_id = r.id and b.user_id = ?${state})`;
  switch (box) {
    case 'AWAITING_ME':
      return { sql: `${recipient(` and b.state = 'PENDING'`)} and r.status <> 'CLOSED'`, params: [userId] };
    case 'INCOMING':
      return { sql: recipient(''), params: [userId] };
    case 'OUTGOING':
      return { sql: 'r.requester_id = ?', params: [userId] };
    case 'OVERSEEN':
      return { sql: 'true', params: [] };
  }
}

/**
 * A page of the viewer's requests in one box, newest first, each with both sides and its thread; page and total
 * in one statement whatever the page size.
 */
export async function listCounterpartRequests(
  em: Em,
  viewer: Viewer,
  args: { first: number; after?: string | null; box: CounterpartRequestBox; openOnly: boolean },
): Promise<ConnectionShape<CounterpartRequest>> {
  if (!isMember(viewer)) return EMPTY;
  const readable = readableSql(viewer);
  const box = boxSql(args.box, viewer.userId);
  const where = [readable.sql, box.sql];
  const params: unknown[] = [...readable.params, ...box.params];
  if (args.openOnly) where.push(`r.status <> 'CLOSED'`);
  const filtered = [...where];
  const filteredParams = [...params];
  if (args.after) {
    const [createdAt, id] = Cursor.decode(checkCursor(args.after, ['datetime', 'uuid'])!) as [string, string];
    where.push('(r.created_at, r.id) < (?::timestamptz, ?::uuid)');
    params.push(createdAt, id);
  }
  // The count rides along as the left side of a lateral join, so an empty page still reports the total.
  const joined = await em.execute<((CounterpartRequestRow & { total_count: string }) | { id: null; total_count: string })[]>(
    `select p.*, t.n as total_count from (select count(*) as n from counterpart_request r where ${filtered.join(' and ')}) t
       left join lateral (select ${REQUEST_COLUMNS} from ${REQUEST_FROM} where ${where.join(' and ')}
         order by r.created_at desc, r.id desc limit ?) p on true order by p.created_at desc, p.id desc`,
    [...filteredParams, ...params, args.first + 1],
  );
  const rows = joined.filter((row): row is CounterpartRequestRow & { total_count: string } => row.id !== null);
  const page = rows.slice(0, args.first).map((row) => toCounterpartRequest(row, viewer));
  const cursorOf = (node: CounterpartRequest) => Cursor.encode([node.createdAt.toISOString(), node.id]);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    totalCount: Number(joined[0]?.total_count ?? 0),
  };
}

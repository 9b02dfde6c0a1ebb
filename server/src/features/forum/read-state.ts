import type { Em } from '../../db/orm.js';

/**
 * The statement that moves a member's read position in a thread forward, never back (a late, older markRead
 * changes nothing), with its parameters: a command may run it alone or within a larger statement.
 */
export function advanceReadStateSql(userId: string, threadId: string, position: number, now: Date): { sql: string; params: unknown[] } {
  return {
    sql: `insert into thread_read_state (user_id, thread_id, last_read_position, updated_at) values (?, ?, ?, ?)
       on conflict (user_id, thread_id) do update
         set last_read_position = greatest(thread_read_state.last_read_position, excluded.last_read_position), updated_at = excluded.updated_at
     returning last_read_position`,
    params: [userId, threadId, position, now],
  };
}

/** Moves a member's read position in a thread forward, never back; returns where it now stands. */
export async function advanceReadState(em: Em, userId: string, threadId: string, position: number, now: Date): Promise<number> {
  const { sql, params } = advanceReadStateSql(userId, threadId, position, now);
  const [row] = await em.execute<{ last_read_position: number }[]>(sql, params);
  return row!.last_read_position;
}

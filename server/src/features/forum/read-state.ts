import type { Em } from '../../db/orm.js';

/** Moves a member's read position in a thread forward, never back (a late, older markRead changes nothing). */
export async function advanceReadState(em: Em, userId: string, threadId: string, position: number, now: Date): Promise<number> {
  const [row] = await em.execute<{ last_read_position: number }[]>(
    `insert into thread_read_state (user_id, thread_id, last_read_position, updated_at) values (?, ?, ?, ?)
       on conflict (user_id, thread_id) do update
         set last_read_position = greatest(thread_read_state.last_read_position, excluded.last_read_position), updated_at = excluded.updated_at
     returning last_read_position`,
    [userId, threadId, position, now],
  );
  return row!.last_read_position;
}

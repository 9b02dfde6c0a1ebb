import { createHash, randomBytes } from 'node:crypto';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed's path for a token. */
export const feedPath = (token: string) => `/calendar/feed/${token}.ics`;

/**
 * A new private feed address for the member; any earlier one stops working (one feed per member). The token is
 * returned once and stored hashed: a leaked database does not give anyone's calendar.
 */
export async function createCalendarFeed(deps: CommandDeps): Promise<{ token: string; createdAt: Date }> {
  const actor = signedInActor(deps);
  const token = randomBytes(32).toString('base64url');
  return runCommand(deps, async ({ em, now }) => {
    await em.execute(
      `insert into calendar_feed (user_id, token_hash, created_at) values (?, ?, ?::timestamptz)
       on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at`,
      [actor.userId, hashFeedToken(token), now.toISOString()],
    );
    await audit(em, { action: 'CALENDAR_FEED_CREATED', actorId: actor.userId, subjectType: 'user', subjectId: actor.userId });
    return { token, createdAt: now };
  });
}

/** Turns the member's feed address off; true when there was one. */
export async function revokeCalendarFeed(deps: CommandDeps): Promise<boolean> {
  const actor = signedInActor(deps);
  return runCommand(deps, async ({ em }) => {
    const removed = await em.execute<{ user_id: string }[]>(`delete from calendar_feed where user_id = ? returning user_id`, [
      actor.userId,
    ]);
    if (removed.length > 0)
      await audit(em, { action: 'CALENDAR_FEED_REVOKED', actorId: actor.userId, subjectType: 'user', subjectId: actor.userId });
    return removed.length > 0;
  });
}

/** When the member's current feed address was made, or null without one. */
export async function calendarFeedCreatedAt(em: Em, userId: string): Promise<Date | null> {
  const [row] = await em.execute<{ created_at: Date }[]>(`select created_at from calendar_feed where user_id = ?`, [userId]);
  return row ? new Date(row.created_at) : null;
}

/** The member whose feed this token opens (an active account only), or null for a revoked or unknown token. */
export async function feedOwner(em: Em, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await em.execute<{ user_id: string }[]>(
    `select f.user_id::text from calendar_feed f join app_user u on u.id = f.user_id
      where f.token_hash = ? and u.status = 'ACTIVE' and u.deleted_at is null`,
    [hashFeedToken(token)],
  );
  return row?.user_id ?? null;
}

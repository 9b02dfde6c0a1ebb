import type { Context } from '../../core/context.js';
import { firstTimeFilter } from '../../core/live/first-time.js';
import { closingWith, type Inbox } from '../../core/live/inbox.js';
import type { LiveEvent, LiveHub } from '../../core/live/live-hub.js';
import { NetworkActivity } from './network-activity.entity.js';
import { activityFeed } from './network-activity.live.js';
import { canSeeActivity } from './network-activity.policy.js';

const CATCH_UP_PAGE = 100;
/**
 * One subscriber's feed: with a cursor, first every entry after it (oldest first), then the live entries. The
 * live subscription starts before the catch-up read, so nothing falls in between; each entry is checked
 * against the subscriber's rights of the moment (`ctx.viewer` follows the session).
 */
export function activityStream(ctx: Context, after: string | null): AsyncGenerator<LiveEvent<NetworkActivity>> {
  const live = ctx.services.live.subscribe('NETWORK_ACTIVITY', activityFeed);
  return closingWith(follow(ctx, live, after), live);
}

async function* follow(
  ctx: Context,
  live: Inbox<LiveEvent<NetworkActivity>>,
  after: string | null,
): AsyncGenerator<LiveEvent<NetworkActivity>> {
  try {
    // Each entry once: a replayed one may still arrive live, and an event may be published twice.
    const firstTime = firstTimeFilter();
    const entries = after ? [entriesAfter(ctx.services.live, after), live] : [live];
    for (const source of entries) {
      for await (const event of source) {
        if (firstTime(event.value.id) && canSeeActivity(ctx.viewer, event.value)) yield event;
      }
    }
  } finally {
    await live.return();
  }
}

/** Entries after a (validated) cursor, oldest first, a page at a time. */
async function* entriesAfter(hub: LiveHub, cursor: string): AsyncGenerator<LiveEvent<NetworkActivity>> {
  let after = cursor;
  for (;;) {
    const scope = hub.scope();
    const page = await scope.em.findByCursor(NetworkActivity, {
      first: CATCH_UP_PAGE,
      after,
      orderBy: { occurredAt: 'asc', id: 'asc' },
      populate: ['organisation', 'expert', 'thread.forum'],
      strategy: 'joined',
      includeCount: false,
    });
    for (const activity of page.items) yield { value: activity, scope };
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

import { defineLiveFeed } from '../../core/live/live-hub.js';
import { encodeStreamCursor } from '../../core/live/stream-cursor.js';
import type { Topics } from '../../core/pubsub.js';
import { NetworkActivity } from './network-activity.entity.js';

declare module '../../core/pubsub.js' {
  interface Topics {
    /** A new feed entry, by id: each process reads it once for all its subscribers (see activityFeed). */
    NETWORK_ACTIVITY: { activityId: string };
  }
}

/** An event's entry with everything a subscriber's visibility rule needs (organisation, expert), in one statement. */
export const activityFeed = defineLiveFeed<Topics['NETWORK_ACTIVITY'], NetworkActivity>('network-activity', ({ activityId }, { em }) =>
  em.findOne(NetworkActivity, { id: activityId }, { populate: ['organisation', 'expert', 'thread.forum'], strategy: 'joined' }),
);

/** The entry's place in the feed: the same string the list query gives its edge. */
export function activityCursor(activity: NetworkActivity): string {
  return encodeStreamCursor({ at: activity.occurredAt, id: activity.id });
}

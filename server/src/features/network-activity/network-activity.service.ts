import { toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Topics } from '../../core/pubsub.js';
import type { Em } from '../../db/orm.js';
import type { Expert } from '../expert/expert.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Thread } from '../forum/thread.entity.js';
import { THREAD_VISIBILITIES } from './network-activity.policy.js';
import { MEMBERS_ONLY_ACTIVITY, NetworkActivity, type NetworkActivityKind } from './network-activity.entity.js';

interface ActivityFacts {
  kind: NetworkActivityKind;
  organisation?: Organisation;
  expert?: Expert;
  thread?: Thread;
}

let lastOccurredAt = 0;

/**
 * Strictly increasing on this process, so two entries of one command never share a millisecond: the feed's
 * cursor orders by (occurredAt, id), and a tie would be broken by a random id, not by the order of events.
 */
function nextOccurredAt(): Date {
  lastOccurredAt = Math.max(Date.now(), lastOccurredAt + 1);
  return new Date(lastOccurredAt);
}

/** Adds a feed entry to the caller's unit of work, so it commits with the change it describes. */
export function recordActivity(em: Em, facts: ActivityFacts): NetworkActivity {
  return em.create(NetworkActivity, {
    kind: facts.kind,
    occurredAt: nextOccurredAt(),
    organisation: facts.organisation ?? null,
    expert: facts.expert ?? null,
    thread: facts.thread ?? null,
  });
}

export async function findActivity(em: Em, viewer: Viewer, page: ConnectionArgs): Promise<ConnectionShape<NetworkActivity>> {
  const result = await em.findByCursor(NetworkActivity, {
    // Anonymous visitors see entries about publicly listed organisations only, and none of the members-only kinds.
    where: {
      $and: [
        isMember(viewer)
          ? {}
          : { $or: [{ organisation: { publiclyListed: true }, kind: { $nin: [...MEMBERS_ONLY_ACTIVITY] } }, { thread: { $ne: null } }] },
        { $or: [{ thread: null }, { thread: { forum: { visibility: { $in: THREAD_VISIBILITIES(viewer) } } } }] },
      ],
    },
    first: page.first,
    after: page.after ? (decodeStreamCursor(page.after), page.after) : undefined,
    orderBy: { occurredAt: 'desc', id: 'desc' },
  });
  return toConnection(result);
}

/** The event announcing an entry: its id only; each process reads the entry once for all its subscribers. */
export function activityEvent(activity: NetworkActivity): Topics['NETWORK_ACTIVITY'] {
  return { activityId: activity.id };
}

import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import type { Expert } from '../expert/expert.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { MEMBERS_ONLY_ACTIVITY, NetworkActivity, type NetworkActivityKind } from './network-activity.entity.js';

interface ActivityFacts {
  kind: NetworkActivityKind;
  organisation?: Organisation;
  expert?: Expert;
}

/** Adds a feed entry to the caller's unit of work, so it commits with the change it describes. */
export function recordActivity(em: Em, facts: ActivityFacts): NetworkActivity {
  return em.create(NetworkActivity, {
    kind: facts.kind,
    organisation: facts.organisation ?? null,
    expert: facts.expert ?? null,
  });
}

export async function findActivity(em: Em, viewer: Viewer, page: ConnectionArgs): Promise<ConnectionShape<NetworkActivity>> {
  const result = await em.findByCursor(NetworkActivity, {
    // Anonymous visitors see entries about publicly listed organisations only, and none of the members-only kinds.
    where: isMember(viewer) ? {} : { organisation: { publiclyListed: true }, kind: { $nin: [...MEMBERS_ONLY_ACTIVITY] } },
    first: page.first,
    after: checkCursor(page.after, ['datetime', 'uuid']),
    orderBy: { occurredAt: 'desc', id: 'desc' },
  });
  return toConnection(result);
}

/** The event announcing an entry: ids and the one fact subscribers filter on (the same rule as the query's). */
export function activityEvent(activity: NetworkActivity, organisation: Organisation | null) {
  const publiclyListed = (organisation?.publiclyListed ?? false) && !MEMBERS_ONLY_ACTIVITY.includes(activity.kind);
  return { activityId: activity.id, publiclyListed };
}

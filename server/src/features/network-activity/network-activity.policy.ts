import type { ForumVisibility } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import { MEMBERS_ONLY_ACTIVITY, type NetworkActivity } from './network-activity.entity.js';

/** The forum visibilities whose new threads this viewer sees in the feed. */
export const THREAD_VISIBILITIES = (viewer: Viewer): ForumVisibility[] => (isMember(viewer) ? ['PUBLIC', 'NETWORK'] : ['PUBLIC']);

/**
 * Members see every entry; anonymous visitors only those about publicly listed organisations, and none of the
 * members-only kinds. Decided from the loaded entry (its organisation, and thread with forum, populated), so a live event is checked
 * for each subscriber without SQL. `findActivity` applies the same rule in its WHERE clause.
 */
export function canSeeActivity(viewer: Viewer, activity: NetworkActivity): boolean {
  const thread = activity.thread?.unwrap();
  // New threads of PUBLIC forums for anyone, of NETWORK forums for members; never of SCOPE or GROUP ones (a forum may have changed since).
  if (thread) return THREAD_VISIBILITIES(viewer).includes(thread.forum.unwrap().visibility);
  if (isMember(viewer)) return true;
  return !MEMBERS_ONLY_ACTIVITY.includes(activity.kind) && activity.organisation?.unwrap().publiclyListed === true;
}

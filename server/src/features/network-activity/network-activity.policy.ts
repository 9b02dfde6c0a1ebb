import { isMember, type Viewer } from '../../core/auth.js';
import { MEMBERS_ONLY_ACTIVITY, type NetworkActivity } from './network-activity.entity.js';

/**
 * Members see every entry; anonymous visitors only those about publicly listed organisations, and none of the
 * members-only kinds. Decided from the loaded entry (its organisation populated), so a live event is checked
 * for each subscriber without SQL. `findActivity` applies the same rule in its WHERE clause.
 */
export function canSeeActivity(viewer: Viewer, activity: NetworkActivity): boolean {
  if (isMember(viewer)) return true;
  return !MEMBERS_ONLY_ACTIVITY.includes(activity.kind) && activity.organisation?.unwrap().publiclyListed === true;
}

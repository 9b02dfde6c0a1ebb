import { isMember, type Viewer } from '../../core/auth.js';
import { isAdmin } from '../user/user.policy.js';
import type { User } from '../user/user.entity.js';

/** The member list and audit log are for admins (with two-factor authentication on). */
export function canAdministerMembers(viewer: Viewer): boolean {
  return isAdmin(viewer);
}

/** An admin suspending themselves would lock the network out of its own safety controls. */
export function canSuspend(viewer: Viewer, user: User): boolean {
  return canAdministerMembers(viewer) && isMember(viewer) && viewer.userId !== user.id;
}

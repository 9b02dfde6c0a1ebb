import { isMember, type Viewer } from '../../core/auth.js';

/**
 * Coverage shows where the network is thin, which is planning material for those who steer it: coordinators
 * and admins by network role, and the CBSS Task Force (TF-THB) members by their role assignment, whatever
 * their network role. `taskForceSeat` is whether the viewer's profile holds a current TF_THB_MEMBER role.
 */
export function canSeeCoverage(viewer: Viewer, taskForceSeat: boolean): boolean {
  if (!isMember(viewer)) return false;
  return viewer.networkRole === 'COORDINATOR' || viewer.networkRole === 'ADMIN' || taskForceSeat;
}

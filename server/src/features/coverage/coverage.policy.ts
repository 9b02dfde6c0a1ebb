import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';
import { isAdminOrCoordinator } from '../user/user.policy.js';

/** What the rule needs from the database: whether the viewer's profile holds a current TF_THB_MEMBER role. */
export interface CoverageSeat {
  taskForceSeat: boolean;
}

/** For asking without the lookup: network roles decide alone. */
export const WITHOUT_SEAT: CoverageSeat = { taskForceSeat: false };

/**
 * Coverage shows where the network is thin, which is planning material for those who steer it: coordinators
 * and admins by network role, which like all their powers needs two-factor authentication, and the CBSS Task
 * Force (TF-THB) members by their role assignment, whatever their network role. A seat on the Task Force is
 * not a coordinator or admin power, so it does not need two-factor authentication (nor does a coordinator
 * without it lose what their seat gives them).
 */
export const coverageAbilities = defineAbilities<CoverageSeat>()({
  see: {
    allow: (viewer, { taskForceSeat }) => isAdminOrCoordinator(viewer) || (isMember(viewer) && taskForceSeat),
    refusal: 'Coverage is for TF-THB members, and for coordinators and admins with two-factor authentication on',
  },
});

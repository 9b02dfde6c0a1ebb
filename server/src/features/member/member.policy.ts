import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';
import type { User } from '../user/user.entity.js';
import { isAdmin } from '../user/user.policy.js';

/** Keeping the network safe: the member list, suspension and reactivation are for admins (with two-factor on). */
export const membersAbilities = defineAbilities()({
  list: { allow: isAdmin, refusal: 'Only admins see the member list' },
  suspend: { allow: isAdmin, refusal: 'Only admins suspend members' },
  reactivate: { allow: isAdmin, refusal: 'Only admins reactivate members' },
  changeRole: { allow: isAdmin, refusal: 'Only admins change network roles' },
  resetTwoFactor: { allow: isAdmin, refusal: 'Only admins with two-factor authentication reset it for others' },
});

/** One account: an admin suspending themselves would lock the network out of its own safety controls. */
export const memberAbilities = defineAbilities<User>()({
  suspend: {
    allow: (viewer, user) => isAdmin(viewer) && isMember(viewer) && viewer.userId !== user.id,
    refusal: 'You cannot suspend your own account',
  },
  // An admin demoting themselves could leave the network without one; another admin changes an admin's role.
  changeRole: {
    allow: (viewer, user) => isAdmin(viewer) && isMember(viewer) && viewer.userId !== user.id,
    refusal: 'You cannot change your own network role',
  },
  // Resetting your own would turn a stolen admin session into a way round the admin's own second factor.
  resetTwoFactor: {
    allow: (viewer, user) => isAdmin(viewer) && isMember(viewer) && viewer.userId !== user.id,
    refusal: 'You cannot reset your own two-factor authentication; turn it off with your password',
  },
});

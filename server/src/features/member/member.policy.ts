import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';
import type { User } from '../user/user.entity.js';
import { isAdmin } from '../user/user.policy.js';

/** Keeping the network safe: the member list, suspension and reactivation are for admins (with two-factor on). */
export const membersAbilities = defineAbilities()({
  list: { allow: isAdmin, refusal: 'Only admins see the member list' },
  suspend: { allow: isAdmin, refusal: 'Only admins suspend members' },
  reactivate: { allow: isAdmin, refusal: 'Only admins reactivate members' },
});

/** One account: an admin suspending themselves would lock the network out of its own safety controls. */
export const memberAbilities = defineAbilities<User>()({
  suspend: {
    allow: (viewer, user) => isAdmin(viewer) && isMember(viewer) && viewer.userId !== user.id,
    refusal: 'You cannot suspend your own account',
  },
});

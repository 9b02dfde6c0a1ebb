import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';
import { coordinates, isAdmin } from '../user/user.policy.js';

/** What a rule needs to know of an assignment (or of one about to be made). */
export interface RoleSubject {
  expertId: string;
  /** The country of its scope; null for a region-wide one. */
  countryCode: string | null;
}

/**
 * Chain roles are the member's own to add and end; network roles (contact point, national coordinator, TF-THB
 * member) are assigned by the coordinators of their country and admins.
 */
export const roleAbilities = defineAbilities<RoleSubject>()({
  manageOwn: {
    allow: (viewer, subject) => isMember(viewer) && viewer.expertId !== null && viewer.expertId === subject.expertId,
    refusal: 'You may change only your own roles',
  },
  assignNetwork: {
    allow: (viewer, subject) => isAdmin(viewer) || coordinates(viewer, subject.countryCode),
    refusal: 'Only coordinators of its country assign a network role',
  },
});

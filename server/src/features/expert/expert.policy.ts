import { contactVisibleTo, type ContactReader } from '@strom/shared';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { ContactVisibility } from '../user/user.enums.js';
import { coordinates } from '../user/user.policy.js';

/**
 * What the contact rules read of a profile: an Expert entity (commands, other features) and an ExpertView
 * (the read models) both are one, so the rules live here once.
 */
export interface ExpertSubject {
  id: string;
  countryCode: string;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
  messagingHandleVisibility: ContactVisibility;
}

/** The expert directory is for members only: anonymous visitors do not see experts at all (nor count them). */
export const directoryAbilities = defineAbilities()({
  seeExperts: { allow: isMember, refusal: 'Sign in to see experts' },
});

/** One contact detail, by the visibility its owner chose and the shared rule for who reads it. */
function seesContact(viewer: Viewer, expert: ExpertSubject, visibility: ContactVisibility): boolean {
  return contactVisibleTo(visibility, contactReader(viewer, expert));
}

function contactReader(viewer: Viewer, expert: ExpertSubject): ContactReader {
  if (!isMember(viewer)) return 'VISITOR';
  const { countryCode } = expert;
  if (viewer.expertId === expert.id) return 'OWNER';
  if (coordinates(viewer, countryCode)) return 'COUNTRY_COORDINATOR';
  return viewer.countryCode === countryCode ? 'SAME_COUNTRY_MEMBER' : 'OTHER_COUNTRY_MEMBER';
}

/** One profile: its contact details (a hidden one is null, never an error) and who edits it. */
export const expertAbilities = defineAbilities<ExpertSubject>()({
  seeEmail: { allow: (viewer, expert) => seesContact(viewer, expert, expert.emailVisibility), refusal: 'This email is hidden from you' },
  seePhone: { allow: (viewer, expert) => seesContact(viewer, expert, expert.phoneVisibility), refusal: 'This phone is hidden from you' },
  seeMessagingHandle: {
    allow: (viewer, expert) => seesContact(viewer, expert, expert.messagingHandleVisibility),
    refusal: 'This messaging handle is hidden from you',
  },
  /** An expert edits their own profile. */
  edit: { allow: (viewer, expert) => isMember(viewer) && viewer.expertId === expert.id, refusal: 'Only its owner edits a profile' },
});

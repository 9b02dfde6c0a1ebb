import { isMember, type Viewer } from '../../core/auth.js';
import type { ContactVisibility } from '../user/user.enums.js';
import { coordinates } from '../user/user.policy.js';
import type { Expert } from './expert.entity.js';

/** The expert directory is for members only: anonymous visitors do not see experts at all. */
export function canSeeExperts(viewer: Viewer): boolean {
  return isMember(viewer);
}

/** One contact detail, by the visibility its owner chose; the owner and coordinators of the expert's country always see it. */
export function canSeeContact(viewer: Viewer, expert: Expert, visibility: ContactVisibility): boolean {
  if (!isMember(viewer)) return false;
  if (viewer.expertId === expert.id || coordinates(viewer, expert.country.unwrap().code)) return true;
  if (visibility === 'NETWORK') return true;
  return visibility === 'COUNTRY' && viewer.countryCode === expert.country.unwrap().code;
}

/** An expert edits their own profile. */
export function canEditExpert(viewer: Viewer, expert: Expert): boolean {
  return isMember(viewer) && viewer.expertId === expert.id;
}

import { isMember, type Viewer } from '../../core/auth.js';
import type { NetworkRole } from '../user/user.enums.js';
import { canApproveFor, coordinates, isAdmin } from '../user/user.policy.js';
import { isPending } from './invitation-status.js';
import type { Invitation } from './invitation.entity.js';

export function invitationCountry(invitation: Invitation): string {
  return invitation.country.unwrap().code;
}

/**
 * Coordinators may bring in members and moderators; who becomes a coordinator or an admin (and so sees every
 * contact of a country, or of the network) is for admins alone to decide.
 */
export function canGrantRole(viewer: Viewer, role: NetworkRole): boolean {
  return isAdmin(viewer) || role === 'MEMBER' || role === 'MODERATOR';
}

/** An invitation goes out at once when its author could approve it themselves; otherwise it waits like a proposal. */
export function sendsAtOnce(viewer: Viewer, countryCode: string, role: NetworkRole): boolean {
  return canApproveFor(viewer, countryCode) && canGrantRole(viewer, role);
}

export function canApproveInvitation(viewer: Viewer, invitation: Invitation): boolean {
  return canApproveFor(viewer, invitationCountry(invitation)) && canGrantRole(viewer, invitation.networkRole);
}

/** Its author may withdraw it; so may whoever vets joiners of its country. */
export function canRevokeInvitation(viewer: Viewer, invitation: Invitation): boolean {
  if (!isMember(viewer)) return false;
  return invitation.invitedBy?.unwrap().id === viewer.userId || canApproveFor(viewer, invitationCountry(invitation));
}

/** The same rules with the invitation's state, for viewerCan: the UI offers only what would succeed. */
export function invitationPermissions(viewer: Viewer, invitation: Invitation, now = new Date()) {
  return {
    approve: invitation.status === 'AWAITING_APPROVAL' && canApproveInvitation(viewer, invitation),
    revoke: isPending(invitation, now) && canRevokeInvitation(viewer, invitation),
  };
}

/** Whose invitations a viewer may list: every country (admins), the countries they coordinate, or none (null). */
export function listableCountries(viewer: Viewer): 'ALL' | string[] | null {
  if (isAdmin(viewer)) return 'ALL';
  if (!isMember(viewer)) return null;
  const countries = viewer.coordinatorOf.filter((code) => coordinates(viewer, code));
  return countries.length > 0 ? countries : null;
}

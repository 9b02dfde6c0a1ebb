import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import type { NetworkRole } from '../user/user.enums.js';
import { coordinatedCountries, coordinates, isAdmin } from '../user/user.policy.js';
import { isPending } from './invitation-status.js';
import type { Approver } from './invitation.enums.js';
import type { Invitation } from './invitation.entity.js';

export function invitationCountry(invitation: Invitation): string {
  return invitation.country.unwrap().code;
}

/** Vetting joiners: admins for every country, coordinators for theirs. */
function vetsJoinersOf(viewer: Viewer, countryCode: string): boolean {
  return isAdmin(viewer) || coordinates(viewer, countryCode);
}

function vetsJoiners(viewer: Viewer): boolean {
  return isAdmin(viewer) || coordinatedCountries(viewer).length > 0;
}

/**
 * Coordinators may bring in members and moderators; who becomes a coordinator or an admin (and so sees every
 * contact of a country, or of the network) is for admins alone to decide.
 */
export const ROLES_COORDINATORS_GRANT: readonly NetworkRole[] = ['MEMBER', 'MODERATOR'];

function grants(viewer: Viewer, role: NetworkRole): boolean {
  return isAdmin(viewer) || ROLES_COORDINATORS_GRANT.includes(role);
}

/** Who approves a waiting invitation next, from the same rule `approve` applies; null once it is not waiting. */
export function awaitingApprovalBy(invitation: Pick<Invitation, 'status' | 'networkRole'>): Approver | null {
  if (invitation.status !== 'AWAITING_APPROVAL') return null;
  return ROLES_COORDINATORS_GRANT.includes(invitation.networkRole) ? 'COUNTRY_COORDINATOR' : 'ADMIN';
}

/** The waiting invitations a reviewer may approve, as conditions for a count: their countries, roles they grant. */
export function approvableBy(viewer: Viewer): { countries: 'ALL' | string[]; roles: 'ALL' | readonly NetworkRole[] } {
  return { countries: reviewedCountries(viewer), roles: isAdmin(viewer) ? 'ALL' : ROLES_COORDINATORS_GRANT };
}

/** Bringing people into the network, before any invitation exists. */
export const membershipAbilities = defineAbilities()({
  propose: { allow: isMember, refusal: 'Sign in to propose a colleague' },
  invite: { allow: vetsJoiners, refusal: 'Only coordinators and admins invite; propose your colleague instead' },
  /** The queue of invitations and proposals, to approve what awaits. */
  review: { allow: vetsJoiners, refusal: 'Only coordinators and admins see invitations' },
});

function mayDecide(viewer: Viewer, invitation: Invitation): boolean {
  return vetsJoinersOf(viewer, invitationCountry(invitation)) && grants(viewer, invitation.networkRole);
}

/**
 * One invitation. `approve` also decides whether a new invitation goes out at once: when its author could
 * approve it themselves; otherwise it waits like a proposal.
 */
export const invitationAbilities = defineAbilities<Invitation>()({
  approve: {
    allow: mayDecide,
    refusal: 'You may not approve this invitation',
  },
  /** Who may let it go out may also turn it down. */
  decline: {
    allow: mayDecide,
    refusal: 'You may not decline this invitation',
  },
  /** Its author may withdraw it; so may whoever vets joiners of its country. */
  revoke: {
    allow: (viewer, invitation) =>
      isMember(viewer) && (invitation.invitedBy?.unwrap().id === viewer.userId || vetsJoinersOf(viewer, invitationCountry(invitation))),
    refusal: 'You may not revoke this invitation',
  },
});

/** The table with the invitation's state, for viewerCan: the UI offers only what would succeed. */
export function invitationPermissions(viewer: Viewer, invitation: Invitation, now = new Date()) {
  const can = invitationAbilities.permissions(viewer, invitation);
  return {
    approve: invitation.status === 'AWAITING_APPROVAL' && can.approve,
    decline: invitation.status === 'AWAITING_APPROVAL' && can.decline,
    // A sent link, still valid or expired, may be sent again (a new link) by whoever could have sent it.
    resend: (invitation.status === 'SENT' || invitation.status === 'EXPIRED') && can.approve,
    revoke: isPending(invitation, now) && can.revoke,
  };
}

/** Whose invitations a reviewer lists (after `review` is authorized): every country for admins, else their own. */
export function reviewedCountries(viewer: Viewer): 'ALL' | string[] {
  return isAdmin(viewer) ? 'ALL' : coordinatedCountries(viewer);
}

import { isMember, type Viewer } from '../../core/auth.js';

/**
 * Admin and coordinator powers need two-factor authentication: without it, the member acts as a plain
 * member until they enable it (Viewer.totpRequired tells the UI to ask for it).
 */
export function isAdmin(viewer: Viewer): boolean {
  return isMember(viewer) && viewer.networkRole === 'ADMIN' && viewer.totpEnabled;
}

/** A coordinator of that country, with two-factor authentication on. */
export function coordinates(viewer: Viewer, countryCode: string | null): boolean {
  return (
    isMember(viewer) &&
    viewer.networkRole === 'COORDINATOR' &&
    viewer.totpEnabled &&
    countryCode !== null &&
    viewer.coordinatorOf.includes(countryCode)
  );
}

/** Vetting joiners of a country: its coordinators and admins. */
export function canApproveFor(viewer: Viewer, countryCode: string): boolean {
  return isAdmin(viewer) || coordinates(viewer, countryCode);
}

export function canApproveAny(viewer: Viewer): boolean {
  return isAdmin(viewer) || (isMember(viewer) && viewer.coordinatorOf.some((code) => coordinates(viewer, code)));
}

export function canInviteMembers(viewer: Viewer): boolean {
  return canApproveAny(viewer);
}

export function canProposeMembers(viewer: Viewer): boolean {
  return isMember(viewer);
}

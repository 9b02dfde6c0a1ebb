import { isMember, type MemberViewer, type Viewer } from '../../core/auth.js';
import type { NetworkRole } from './user.enums.js';

/**
 * The network roles, in one place for every table of abilities. Admin and coordinator powers need two-factor
 * authentication: without it, the member acts as a plain member until they enable it (Viewer.totpRequired tells
 * the UI to ask for it). Being signed in at all is `isMember` (core/auth.ts).
 */
/** The network roles whose powers need two-factor authentication (Viewer.totpRequired). */
export function needsTwoFactor(networkRole: NetworkRole): boolean {
  return networkRole === 'COORDINATOR' || networkRole === 'ADMIN';
}

function withTwoFactor(viewer: Viewer): viewer is MemberViewer {
  return isMember(viewer) && viewer.totpEnabled;
}

export function isAdmin(viewer: Viewer): boolean {
  return withTwoFactor(viewer) && viewer.networkRole === 'ADMIN';
}

export function isCoordinator(viewer: Viewer): viewer is MemberViewer {
  return withTwoFactor(viewer) && viewer.networkRole === 'COORDINATOR';
}

/** The countries whose coordinator the viewer is (none without two-factor authentication). */
export function coordinatedCountries(viewer: Viewer): string[] {
  return isCoordinator(viewer) ? viewer.coordinatorOf : [];
}

/** A coordinator of that country, with two-factor authentication on. */
export function coordinates(viewer: Viewer, countryCode: string | null): boolean {
  return countryCode !== null && coordinatedCountries(viewer).includes(countryCode);
}

/** Steering the network or a country of it: what admins and coordinators see and decide. */
export function isAdminOrCoordinator(viewer: Viewer): boolean {
  return isAdmin(viewer) || isCoordinator(viewer);
}

/** The network's MODERATOR role: moderates every forum (no two-factor needed: it steers no country). */
export function isNetworkModerator(viewer: Viewer): boolean {
  return isMember(viewer) && viewer.networkRole === 'MODERATOR';
}

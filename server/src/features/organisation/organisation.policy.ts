import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin } from '../user/user.policy.js';
import type { Organisation } from './organisation.entity.js';

/** Anonymous visitors see only organisations that chose to be listed publicly (police units and shelters often do not). */
export function canSeeOrganisation(viewer: Viewer, organisation: Organisation): boolean {
  return organisation.publiclyListed || isMember(viewer);
}

/** Its editors, the coordinators of its country and admins edit an organisation and its services. */
export function canEditOrganisation(viewer: Viewer, organisation: Organisation): boolean {
  if (!isMember(viewer)) return false;
  return isAdmin(viewer) || viewer.editorOf.includes(organisation.id) || coordinates(viewer, organisation.country?.unwrap().code ?? null);
}

import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin } from '../user/user.policy.js';
import type { Organisation } from './organisation.entity.js';

function edits(viewer: Viewer, organisation: Organisation): boolean {
  return isMember(viewer) && viewer.editorOf.includes(organisation.id);
}

export const organisationAbilities = defineAbilities<Organisation>()({
  /** Anonymous visitors see only organisations that chose to be listed publicly (police units and shelters often do not). */
  see: {
    allow: (viewer, organisation) => organisation.publiclyListed || isMember(viewer),
    refusal: 'This organisation is not listed publicly',
  },
  /** Its editors, the coordinators of its country and admins edit an organisation and its services. */
  edit: {
    allow: (viewer, organisation) =>
      isAdmin(viewer) || edits(viewer, organisation) || coordinates(viewer, organisation.country?.unwrap().code ?? null),
    refusal: 'You may not edit this organisation',
  },
});

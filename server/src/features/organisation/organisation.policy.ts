import type { FilterQuery } from '@mikro-orm/core';
import { defineAbilities, type Ability } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin } from '../user/user.policy.js';
import type { Organisation } from './organisation.entity.js';
import type { OrganisationStatus } from './organisation-status.js';

/**
 * What the rules read of an organisation: the entity (commands, other features) and the read model's
 * OrganisationView both are one, so each rule is written once.
 */
export interface OrganisationSubject {
  id: string;
  publiclyListed: boolean;
  status: OrganisationStatus;
  proposedById: string | null;
  scope: { countryCode: string | null };
}

function edits(viewer: Viewer, organisation: OrganisationSubject): boolean {
  return isMember(viewer) && viewer.editorOf.includes(organisation.id);
}

/** Steering its country: admins everywhere, coordinators in theirs (a region-wide organisation is for admins). */
function steers(viewer: Viewer, organisation: OrganisationSubject): boolean {
  return isAdmin(viewer) || coordinates(viewer, organisation.scope.countryCode);
}

function mayEdit(viewer: Viewer, organisation: OrganisationSubject): boolean {
  return steers(viewer, organisation) || edits(viewer, organisation);
}

/**
 * Anonymous visitors see only organisations that chose to be listed publicly (police units and shelters often do
 * not). A proposed one is for its proposer and those who would approve it.
 */
function maySee(viewer: Viewer, organisation: OrganisationSubject): boolean {
  if (organisation.status === 'PROPOSED') return steers(viewer, organisation) || proposed(viewer, organisation);
  return organisation.publiclyListed || isMember(viewer);
}

function proposed(viewer: Viewer, organisation: OrganisationSubject): boolean {
  return isMember(viewer) && organisation.proposedById === viewer.userId;
}

/**
 * A public contact is for whoever may see the organisation, anonymous visitors of a listed one included:
 * a 24/7 helpline must be reachable by anyone who finds it.
 */
const publicContact: Ability<OrganisationSubject> = { allow: maySee, refusal: 'This organisation is not listed publicly' };

export const organisationAbilities = defineAbilities<OrganisationSubject>()({
  see: { allow: maySee, refusal: 'This organisation is not listed publicly' },
  /** Its editors, the coordinators of its country and admins edit an organisation and its services. */
  edit: { allow: mayEdit, refusal: 'You may not edit this organisation' },
  /** Any member may propose an organisation; it waits for a coordinator of its country. */
  propose: { allow: (viewer) => isMember(viewer), refusal: 'Sign in to propose an organisation' },
  /** Adding one at once, or approving a proposal: the coordinators of its country and admins. */
  approve: { allow: steers, refusal: 'Only coordinators of its country approve an organisation' },
  decline: { allow: steers, refusal: 'Only coordinators of its country decline a proposed organisation' },
  /** Merging and closing change where people work: for those who steer its country, not for its own editors. */
  merge: { allow: steers, refusal: 'Only coordinators of its country merge organisations' },
  close: { allow: steers, refusal: 'Only coordinators of its country close an organisation' },
  /** Saying the record is still true is an edit that changes nothing. */
  confirm: { allow: mayEdit, refusal: 'You may not confirm this organisation' },
  // Who sees each contact field, one row per field.
  seePhone: publicContact,
  seeEmail: publicContact,
  seeWebsite: publicContact,
  seeServiceHotlines: publicContact,
  /** Anonymous visitors never see where a service is delivered (DESIGN §8). */
  seeServiceAddresses: { allow: (viewer) => isMember(viewer), refusal: 'Sign in to see where services are delivered' },
  /** Where a shelter is stays with those who run its record: never public, never in a list for all members. */
  seeSafeAccommodationAddresses: { allow: mayEdit, refusal: 'Only its editors see where safe accommodation is' },
});

/**
 * The `edit` row as a list condition (the "Organisations I edit" list): same three grounds, so the list holds
 * exactly the organisations whose `viewerCan.edit` is true.
 */
export function editableWhere(viewer: Viewer): FilterQuery<Organisation> {
  if (!isMember(viewer)) return { id: { $in: [] } };
  if (isAdmin(viewer)) return {};
  return { $or: [{ id: { $in: viewer.editorOf } }, { country: { $in: coordinatedCountries(viewer) } }] };
}

/** The `edit` row without a subject: whether any organisation could be the viewer's to edit (the account menu's link). */
export function editsAnyOrganisation(viewer: Viewer): boolean {
  return isAdmin(viewer) || coordinatedCountries(viewer).length > 0 || (isMember(viewer) && viewer.editorOf.length > 0);
}

/** The table with the organisation's state, for viewerCan: approve while proposed, merge and close while active. */
export function organisationPermissions(viewer: Viewer, organisation: OrganisationSubject) {
  const can = organisationAbilities.permissions(viewer, organisation);
  const active = organisation.status === 'ACTIVE';
  return {
    edit: can.edit && organisation.status !== 'CLOSED' && organisation.status !== 'MERGED',
    approve: organisation.status === 'PROPOSED' && can.approve,
    merge: active && can.merge,
    close: active && can.close,
    confirm: active && can.confirm,
  };
}

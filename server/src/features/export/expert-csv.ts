import { FORMS_OF_EXPLOITATION } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Expert } from '../expert/expert.entity.js';
import { expertAbilities } from '../expert/expert.policy.js';
import type { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import { ROLES } from '../vocabulary/vocabulary.enums.js';
import { csvLine } from './csv.js';

export const EXPERT_CSV_HEADER = csvLine([
  'Name',
  'Title',
  'Organisation',
  'Country',
  'Municipality',
  'Languages',
  'Forms of exploitation',
  'Roles',
  'Available for consultation',
  'Email',
  'Phone',
  'Messaging handle',
]);

/**
 * One expert as the viewer may see them: a contact detail its owner hides from this viewer is an empty cell,
 * the same rule the profile page applies. Organisation, country and municipality must be loaded, and roles.
 */
export function expertCsvLine(viewer: Viewer, expert: Expert, today: string): string {
  const can = expertAbilities.permissions(viewer, expert);
  return csvLine([
    expert.fullName,
    expert.title,
    expert.organisation.unwrap().name,
    expert.country.unwrap().name,
    expert.municipality?.unwrap().name ?? null,
    expert.languages.join(', '),
    expert.formsOfExploitation.map((form) => FORMS_OF_EXPLOITATION[form] ?? form).join('; '),
    expert.roles
      .getItems()
      .filter((role) => isCurrent(role, today))
      .map((role) => ROLES[role.role] ?? role.role)
      .join('; '),
    expert.availableForConsultation ? 'yes' : 'no',
    can.seeEmail ? expert.email : null,
    can.seePhone ? expert.phone : null,
    can.seeMessagingHandle ? expert.messagingHandle : null,
  ]);
}

/** An export is a snapshot of who does what today: ended and future assignments would mislead. */
function isCurrent(role: RoleAssignment, today: string): boolean {
  return (role.startsOn === null || role.startsOn <= today) && (role.endsOn === null || role.endsOn >= today);
}

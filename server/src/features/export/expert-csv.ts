import { FORMS_OF_EXPLOITATION } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Expert } from '../expert/expert.entity.js';
import { expertAbilities } from '../expert/expert.policy.js';
import { roleStatus, RoleStatus } from '../role-assignment/role-status.js';
import { ROLES } from '../vocabulary/vocabulary.enums.js';
import { csvLine } from './csv.js';

/** The export is read by people in a spreadsheet: "Latvian, Russian", not "lv, ru". */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

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
    expert.languages.map((code) => LANGUAGE_NAMES.of(code) ?? code).join(', '),
    expert.formsOfExploitation.map((form) => FORMS_OF_EXPLOITATION[form] ?? form).join('; '),
    expert.roles
      .getItems()
      .filter((role) => roleStatus(role, today) === RoleStatus.CURRENT)
      .map((role) => ROLES[role.role] ?? role.role)
      .join('; '),
    expert.availableForConsultation ? 'yes' : 'no',
    can.seeEmail ? expert.email : null,
    can.seePhone ? expert.phone : null,
    can.seeMessagingHandle ? expert.messagingHandle : null,
  ]);
}

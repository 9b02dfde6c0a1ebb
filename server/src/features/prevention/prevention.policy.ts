import type { PreventionVisibility } from '@strom/shared';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin } from '../user/user.policy.js';

/** What a rule about one activity needs to know: who wrote it, where it took place, whom it names as partners. */
export interface PreventionSubject {
  visibility: PreventionVisibility;
  authorId: string | null;
  countryCode: string | null;
  partnerIds: readonly string[];
}

const wrote = (viewer: Viewer, activity: PreventionSubject) =>
  isMember(viewer) && activity.authorId !== null && viewer.userId === activity.authorId;

/** Coordinators of its country (with two-factor) and admins look after the catalogue of their country or the region. */
const steers = (viewer: Viewer, activity: PreventionSubject) => isAdmin(viewer) || coordinates(viewer, activity.countryCode);

/** An editor of a partner organisation: the activity is also theirs to keep accurate (reach, results, lessons). */
const partnerEditor = (viewer: Viewer, activity: PreventionSubject) =>
  isMember(viewer) && viewer.editorOf.some((id) => activity.partnerIds.includes(id));

/**
 * The catalogue is know-how for the network: every member reads it and adds activities; anonymous visitors read
 * the PUBLIC ones (dissemination), without who added them. Its author, editors of a
 * partner organisation, the country's coordinators and admins correct one; deleting it, which takes it from everyone,
 * is left to its author, the country's coordinators and admins (a partner may not remove what another member wrote).
 */
export const preventionAbilities = defineAbilities<PreventionSubject>()({
  read: {
    allow: (viewer, activity) => isMember(viewer) || activity.visibility === 'PUBLIC',
    refusal: 'Sign in to read this prevention activity',
  },
  /** Who added it is a person: members see the name, visitors of a public activity do not. */
  seeAuthor: { allow: isMember, refusal: 'Sign in to see who added this activity' },
  edit: {
    allow: (viewer, activity) => wrote(viewer, activity) || partnerEditor(viewer, activity) || steers(viewer, activity),
    refusal: 'Only its author, editors of a partner organisation, the country’s coordinators and admins change this activity',
  },
  delete: {
    allow: (viewer, activity) => wrote(viewer, activity) || steers(viewer, activity),
    refusal: 'Only its author, the country’s coordinators and admins delete this activity',
  },
});

/** The catalogue as a whole: members add to it. */
export const preventionCatalogue = defineAbilities()({
  add: { allow: isMember, refusal: 'Members add prevention activities' },
});

/** The policy's `read` in SQL over `prevention_activity a`: all for members, the PUBLIC ones for everyone else. */
export function readableSql(viewer: Viewer): string {
  return isMember(viewer) ? 'true' : `a.visibility = 'PUBLIC'`;
}

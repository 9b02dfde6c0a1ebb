import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { isCoordinator, coordinates, isAdmin } from '../user/user.policy.js';
import type { PathwayReaderFacts } from '../pathway/pathway.policy.js';

/**
 * One municipality's assessment. Its answerers are the people who edit the municipality's referral pathway (the
 * contact point, members a coordinator named for the pathway, the country's coordinators and admins): the same
 * people keep the local mechanism and assess it, so a coordinator names them once.
 */
export interface BaselineSubject {
  countryCode: string;
  municipalityId: string;
  editorExpertIds: readonly string[];
  reader: PathwayReaderFacts;
}

function steers(viewer: Viewer, countryCode: string): boolean {
  return isAdmin(viewer) || coordinates(viewer, countryCode);
}

function answers(viewer: Viewer, subject: BaselineSubject): boolean {
  if (steers(viewer, subject.countryCode)) return true;
  if (!isMember(viewer)) return false;
  const named = viewer.expertId !== null && subject.editorExpertIds.includes(viewer.expertId);
  return named || subject.reader.contactPointOf.includes(subject.municipalityId);
}

export const baselineAbilities = defineAbilities<BaselineSubject>()({
  read: {
    allow: (viewer, subject) => answers(viewer, subject) || (isMember(viewer) && subject.reader.taskForce),
    refusal: 'Only its answerers, the country’s coordinators and TF-THB members read this assessment',
  },
  answer: {
    allow: answers,
    refusal: 'Only the contact point, named members, the country’s coordinators and admins answer this assessment',
  },
  submit: { allow: answers, refusal: 'Only its answerers submit this assessment' },
  accept: {
    allow: (viewer, subject) => steers(viewer, subject.countryCode),
    refusal: 'Only coordinators of its country accept an assessment',
  },
  reopen: {
    allow: (viewer, subject) => steers(viewer, subject.countryCode),
    refusal: 'Only coordinators of its country reopen an assessment',
  },
});

/** A country's aggregated answers (the report and its CSV): its coordinators, TF-THB members and admins. */
export const baselineCountryAbilities = defineAbilities<{ countryCode: string; reader: PathwayReaderFacts }>()({
  readReport: {
    allow: (viewer, subject) => steers(viewer, subject.countryCode) || (isMember(viewer) && subject.reader.taskForce),
    refusal: 'Only the country’s coordinators, TF-THB members and admins read its baseline report',
  },
});

/** The region compared per question, counts only: every coordinator, TF-THB members and admins. */
export const baselineRegionAbilities = defineAbilities<{ reader: PathwayReaderFacts }>()({
  readRegion: {
    allow: (viewer, subject) => isAdmin(viewer) || isCoordinator(viewer) || (isMember(viewer) && subject.reader.taskForce),
    refusal: 'Only coordinators, TF-THB members and admins compare the region',
  },
});

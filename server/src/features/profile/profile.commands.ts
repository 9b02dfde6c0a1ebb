import { OptimisticLockError } from '@mikro-orm/core';
import { missingProfileFields } from '@strom/shared';
import { isMember } from '../../core/auth.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { Expert } from '../expert/expert.entity.js';
import { expertAbilities } from '../expert/expert.policy.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import type { ContactVisibility } from '../user/user.enums.js';
import type { UpdateMyProfileInput } from './profile.inputs.js';
import { refuseNameTaken } from './name-taken.js';

const STALE = 'Someone else changed this profile since you opened it; reload and try again';
const CONTACTS = ['email', 'phone', 'messagingHandle'] as const;
type ContactField = (typeof CONTACTS)[number];

/**
 * The member edits their own profile. The version they edited must still be current (a second tab or
 * device may have saved meanwhile); each changed contact visibility is audited, in the same transaction.
 */
export async function updateMyProfile(deps: CommandDeps, input: UpdateMyProfileInput): Promise<Expert> {
  const viewer = deps.actor;
  if (!isMember(viewer)) throw new Unauthenticated();
  if (!viewer.expertId) throw new NotFound('Your profile');
  const expertId = viewer.expertId;
  try {
    const saved = await runCommand(deps, async (uow) => {
      const { em } = uow;
      const expert = await em.findOne(Expert, expertId);
      if (!expert || !expertAbilities.can(viewer, 'edit', expert)) throw new NotFound('Your profile');
      if (expert.version !== input.expectedVersion) throw new Conflict(STALE);
      // Free texts a member writes about themselves pass the victim-data guardrail; only what this edit changes.
      await guardTexts(uow, viewer, changedTexts(expert, input), input.confirmations, { type: 'expert', id: expert.id });
      const changed = changedVisibilities(expert, input);
      const before = editable(expert);
      const nameBefore = expert.fullName;
      applyChanges(expert, input);
      if (expert.fullName !== nameBefore) await refuseNameTaken(em, expert.organisation.id, expert.fullName, 'fullName', expert.id);
      // Nothing changed: nothing to audit, record or announce (and the version stays).
      if (editable(expert) === before) return expert;
      for (const [field, visibility] of changed) {
        await audit(em, {
          action: 'CONTACT_VISIBILITY_CHANGED',
          actorId: viewer.userId,
          subjectType: 'expert',
          subjectId: expert.id,
          details: { field, visibility },
        });
      }
      // Open directory pages update the row live; the entry commits with the edit it announces. A profile is
      // announced as published once, when it is first complete; before that its edits are not news.
      const kind = announcement(expert, uow.now);
      if (kind) {
        const activity = recordActivity(em, { kind, organisation: expert.organisation.unwrap(), expert });
        uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
      }
      return expert;
    });
    return saved;
  } catch (error) {
    // The version check above covers edits made before this one started; this covers one committed in between.
    if (error instanceof OptimisticLockError) throw new Conflict(STALE);
    throw error;
  }
}

function announcement(expert: Expert, now: Date): 'PROFILE_PUBLISHED' | 'PROFILE_UPDATED' | null {
  if (expert.publishedAt) return 'PROFILE_UPDATED';
  if (missingProfileFields(expert).length > 0) return null;
  expert.publishedAt = now;
  return 'PROFILE_PUBLISHED';
}

const topicsText = (list: readonly string[] | null | undefined) => (list ?? []).join('\n');

function changedTexts(expert: Expert, input: UpdateMyProfileInput) {
  return [
    { field: 'title', text: input.title !== undefined && input.title !== expert.title ? input.title : null },
    { field: 'bio', text: input.bio !== undefined && input.bio !== expert.bio ? input.bio : null },
    { field: 'topics', text: input.topics && topicsText(input.topics) !== topicsText(expert.topics) ? topicsText(input.topics) : null },
  ];
}

function changedVisibilities(expert: Expert, input: UpdateMyProfileInput): [ContactField, ContactVisibility][] {
  return CONTACTS.flatMap((field): [ContactField, ContactVisibility][] => {
    const next = input[`${field}Visibility`];
    return next && next !== expert[`${field}Visibility`] ? [[field, next]] : [];
  });
}

/** Every field a member edits here, as one comparable value. */
function editable(expert: Expert): string {
  const { fullName, title, bio, languages, formsOfExploitation, topics, availableForConsultation } = expert;
  const contacts = CONTACTS.map((field) => [expert[field], expert[`${field}Visibility`]]);
  return JSON.stringify([fullName, title, bio, languages, formsOfExploitation, topics, availableForConsultation, contacts]);
}

function applyChanges(expert: Expert, input: UpdateMyProfileInput): void {
  if (input.fullName !== undefined) expert.fullName = required(input.fullName, 'fullName').trim();
  if (input.title !== undefined) expert.title = optionalText(input.title);
  if (input.bio !== undefined) expert.bio = optionalText(input.bio);
  if (input.languages !== undefined) expert.languages = unique(input.languages ?? []);
  if (input.formsOfExploitation !== undefined) expert.formsOfExploitation = unique(input.formsOfExploitation ?? []);
  if (input.topics !== undefined) expert.topics = unique((input.topics ?? []).map((topic) => topic.trim()).filter(Boolean));
  if (input.availableForConsultation !== undefined) {
    expert.availableForConsultation = required(input.availableForConsultation, 'availableForConsultation');
  }
  for (const field of CONTACTS) {
    const value = input[field];
    if (value !== undefined) expert[field] = optionalText(value);
    const visibility = input[`${field}Visibility`];
    if (visibility !== undefined) expert[`${field}Visibility`] = required(visibility, `${field}Visibility`);
  }
}

function required<T>(value: T | null, field: string): T {
  if (value === null) throw BadUserInput.field(field, `${field} cannot be empty`);
  return value;
}

/** Empty text is stored as null, so "not given" has one representation. */
function optionalText(value: string | null): string | null {
  return value?.trim() || null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

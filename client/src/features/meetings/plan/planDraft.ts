import {
  MEETING_CAPACITY_MAX,
  MEETING_DURATION_MAX_HOURS,
  MEETING_SLOTS_MAX,
  MEETING_TITLE_MAX,
  MEETING_TITLE_MIN,
  type ChainRole,
  type GuardrailConfirmation,
  type Level,
  type MeetingFormat,
  type MeetingVisibility,
  type NetworkRole,
} from '@strom/shared';
import { instantOfWallTime, isKnownZone } from './zonedTime';

export const PLAN_STEPS = ['what', 'when', 'where', 'who', 'review'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** A member found by name: hosted or invited as an expert. */
export interface PlanPerson {
  userId: string;
  expertId: string;
  name: string;
  organisationName: string | null;
}

/** A municipality chosen for inviting its contact points. */
export interface PlanPlace {
  municipalityId: string;
  name: string;
  countryCode: string;
  contactPointCount: number;
}

export interface WallSlot {
  start: string;
  end: string;
}

/** Everything the wizard collects before anything is sent; times are wall times of `timeZone`. */
export interface PlanDraft {
  id: string;
  title: string;
  purpose: string;
  confirmations: GuardrailConfirmation[];
  level: Level;
  countryCode: string;
  municipalityId: string;
  visibility: MeetingVisibility;
  timeZone: string;
  when: 'FIXED' | 'POLL';
  fixed: WallSlot;
  slots: WallSlot[];
  format: MeetingFormat;
  venue: string;
  onlineLink: string;
  capacity: string;
  hosts: PlanPerson[];
  experts: PlanPerson[];
  contactPlaces: PlanPlace[];
  /** Members holding one of these roles in the chosen municipalities and countries are invited too. */
  roles: (ChainRole | NetworkRole)[];
  countryCodes: string[];
}

export function emptyDraft(id: string, timeZone: string, level: Level): PlanDraft {
  return {
    id,
    title: '',
    purpose: '',
    confirmations: [],
    level,
    countryCode: '',
    municipalityId: '',
    visibility: 'INVITED',
    timeZone,
    when: 'POLL',
    fixed: { start: '', end: '' },
    slots: [{ start: '', end: '' }],
    format: 'ONLINE',
    venue: '',
    onlineLink: '',
    capacity: '',
    hosts: [],
    experts: [],
    contactPlaces: [],
    roles: [],
    countryCodes: [],
  };
}

export type ProblemKey =
  | 'titleShort'
  | 'titleLong'
  | 'countryMissing'
  | 'municipalityMissing'
  | 'zoneUnknown'
  | 'startMissing'
  | 'endMissing'
  | 'endBeforeStart'
  | 'tooLong'
  | 'slotsMissing'
  | 'slotsTooMany'
  | 'venueMissing'
  | 'linkInvalid'
  | 'capacityInvalid';

/** What is wrong with a step, as keys of `meetings.plan.problems` by field. */
export type Problems = Partial<Record<string, ProblemKey>>;

function slotProblems(slot: WallSlot, timeZone: string, prefix: string, problems: Problems): void {
  const start = instantOfWallTime(slot.start, timeZone);
  const end = instantOfWallTime(slot.end, timeZone);
  if (!start) problems[`${prefix}.start`] = 'startMissing';
  if (!end) problems[`${prefix}.end`] = 'endMissing';
  if (start && end && end <= start) problems[`${prefix}.end`] = 'endBeforeStart';
  else if (start && end && end.getTime() - start.getTime() > MEETING_DURATION_MAX_HOURS * 3_600_000) problems[`${prefix}.end`] = 'tooLong';
}

/** A date poll's proposed slots: at least one, at most the server's limit, each with both ends in order. */
export function pollProblems(slots: readonly WallSlot[], timeZone: string): Problems {
  const problems: Problems = {};
  if (slots.length === 0) problems['slots'] = 'slotsMissing';
  if (slots.length > MEETING_SLOTS_MAX) problems['slots'] = 'slotsTooMany';
  slots.forEach((slot, index) => slotProblems(slot, timeZone, `slots.${index}`, problems));
  return problems;
}

/** The same rules the server applies, checked before moving on so the planner fixes them where they typed them. */
export function stepProblems(step: PlanStep, draft: PlanDraft): Problems {
  const problems: Problems = {};
  if (step === 'what') {
    const title = draft.title.trim();
    if (title.length < MEETING_TITLE_MIN) problems['title'] = 'titleShort';
    else if (title.length > MEETING_TITLE_MAX) problems['title'] = 'titleLong';
    if (draft.level !== 'REGIONAL' && !draft.countryCode) problems['countryCode'] = 'countryMissing';
    if (draft.level === 'LOCAL' && !draft.municipalityId) problems['municipalityId'] = 'municipalityMissing';
  }
  if (step === 'when') {
    if (!isKnownZone(draft.timeZone)) problems['timeZone'] = 'zoneUnknown';
    else if (draft.when === 'FIXED') slotProblems(draft.fixed, draft.timeZone, 'fixed', problems);
    else Object.assign(problems, pollProblems(draft.slots, draft.timeZone));
  }
  if (step === 'where') {
    if (draft.format !== 'IN_PERSON' && draft.onlineLink.trim() && !/^https?:\/\/\S+$/.test(draft.onlineLink.trim()))
      problems['onlineLink'] = 'linkInvalid';
    if (draft.format !== 'ONLINE' && !draft.venue.trim()) problems['venue'] = 'venueMissing';
    if (draft.capacity.trim()) {
      const capacity = Number(draft.capacity);
      if (!Number.isInteger(capacity) || capacity < 1 || capacity > MEETING_CAPACITY_MAX) problems['capacity'] = 'capacityInvalid';
    }
  }
  return problems;
}

/** Whether anyone would be invited. */
export function invitesAnyone(draft: PlanDraft): boolean {
  return draft.experts.length + draft.contactPlaces.length + draft.countryCodes.length > 0;
}

/** Instants of a wall slot (valid after `stepProblems('when')` passed). */
export function slotInstants(slot: WallSlot, timeZone: string): { startsAt: string; endsAt: string } {
  return {
    startsAt: instantOfWallTime(slot.start, timeZone)!.toISOString(),
    endsAt: instantOfWallTime(slot.end, timeZone)!.toISOString(),
  };
}

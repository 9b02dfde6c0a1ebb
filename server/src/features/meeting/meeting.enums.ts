import { registerEnumType } from 'type-graphql';
import {
  MEETING_FORMATS,
  MEETING_STATUSES,
  MEETING_VISIBILITIES,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  RSVP_ANSWERS,
  SLOT_ANSWERS,
} from '@strom/shared';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MeetingFormat = enumOf(MEETING_FORMATS);
export const MeetingVisibility = enumOf(MEETING_VISIBILITIES);
export const MeetingStatus = enumOf(MEETING_STATUSES);
export const RsvpAnswer = enumOf(RSVP_ANSWERS);
export const ParticipantStatus = enumOf(PARTICIPANT_STATUSES);
export const ParticipantRole = enumOf(PARTICIPANT_ROLES);
export const SlotAnswer = enumOf(SLOT_ANSWERS);
export const MeetingWhen = { UPCOMING: 'UPCOMING', PAST: 'PAST', MINE: 'MINE' } as const;
export type MeetingWhen = keyof typeof MeetingWhen;

registerEnumType(MeetingFormat, { name: 'MeetingFormat', description: 'In a room, online, or both' });
registerEnumType(MeetingVisibility, {
  name: 'MeetingVisibility',
  description: 'NETWORK: every member; SCOPE: members of its country or municipality; INVITED: its participants only',
});
registerEnumType(MeetingStatus, { name: 'MeetingStatus', description: 'DRAFT → SCHEDULED → LIVE → ENDED, or CANCELLED' });
registerEnumType(RsvpAnswer, { name: 'RsvpAnswer', description: 'YES takes a seat (or a place on the waiting list)' });
registerEnumType(ParticipantStatus, {
  name: 'ParticipantStatus',
  description: 'INVITED: no answer yet; ACCEPTED: has a seat; WAITING: for a seat; TENTATIVE: maybe; DECLINED',
});
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(SlotAnswer, { name: 'SlotAnswer', description: 'An answer to one proposed date: yes, if need be, or no' });
registerEnumType(MeetingWhen, {
  name: 'MeetingWhen',
  description: 'UPCOMING: not yet ended, soonest first; PAST: ended, latest first; MINE: those you host or are invited to',
});

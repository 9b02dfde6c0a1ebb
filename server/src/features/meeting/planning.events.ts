import type { MeetingStatus as MeetingStatusKey, ParticipantStatus as ParticipantStatusKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingStatus } from './meeting.enums.js';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';

// The GraphQL types of the kinds planning records (their payloads are declared in meeting-events.ts).

@ObjectType({
  implements: MeetingEvent,
  simpleResolvers: true,
  description: 'The meeting was scheduled, went live, ended or was cancelled',
})
export class MeetingStatusChanged extends MeetingEvent {
  @Field(() => MeetingStatus)
  status!: MeetingStatusKey;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled' })
  reason!: string | null;
}
registerMeetingEventType('STATUS_CHANGED', MeetingStatusChanged);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'Its details changed: read the meeting again' })
export class MeetingDetailsChanged extends MeetingEvent {
  @Field(() => Boolean)
  timesChanged!: boolean;
}
registerMeetingEventType('DETAILS_CHANGED', MeetingDetailsChanged);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A participant answered, got a seat or was removed' })
export class MeetingParticipantChanged extends MeetingEvent {
  @Field(() => ID)
  userId!: string;

  /** The payload's key; served as `participantStatus` (MeetingStatusChanged.status has another type). */
  status!: ParticipantStatusKey | 'REMOVED';

  @Field(() => String, { description: 'A ParticipantStatus, or REMOVED' })
  get participantStatus(): string {
    return this.status;
  }
}
registerMeetingEventType('PARTICIPANT_CHANGED', MeetingParticipantChanged);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'Members were invited' })
export class MeetingParticipantsInvited extends MeetingEvent {
  @Field(() => Int)
  count!: number;
}
registerMeetingEventType('PARTICIPANTS_INVITED', MeetingParticipantsInvited);

@ObjectType({
  implements: MeetingEvent,
  simpleResolvers: true,
  description: 'The date poll changed: new slots, or an invitee answered (totals only, read them by query)',
})
export class MeetingDatePollChanged extends MeetingEvent {
  @Field(() => Int)
  slotCount!: number;
}
registerMeetingEventType('DATE_POLL_CHANGED', MeetingDatePollChanged);

@ObjectType({
  implements: MeetingEvent,
  simpleResolvers: true,
  description: 'A participant became a co-host, or a co-host was removed (their powers change: read the meeting again)',
})
export class MeetingHostChanged extends MeetingEvent {
  @Field(() => ID)
  userId!: string;

  @Field(() => Boolean, { description: 'True when they now host, false when they no longer do' })
  isHost!: boolean;
}
registerMeetingEventType('HOST_CHANGED', MeetingHostChanged);

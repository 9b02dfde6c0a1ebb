import { Field, ID, ObjectType } from 'type-graphql';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';

declare module './meeting-events.js' {
  interface MeetingEventKinds {
    PARTICIPANT_CHECKED_IN: { userId: string; name: string; countryCode: string | null; inPerson: boolean; checkedInAt: string };
    PARTICIPANT_LEFT: { userId: string; countryCode: string | null };
  }
}

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A participant checked in (themselves, or a host for them)' })
export class MeetingParticipantCheckedIn extends MeetingEvent {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => Boolean)
  inPerson!: boolean;

  @Field(() => Date)
  checkedInAt!: string;
}
registerMeetingEventType('PARTICIPANT_CHECKED_IN', MeetingParticipantCheckedIn);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A participant left' })
export class MeetingParticipantLeft extends MeetingEvent {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;
}
registerMeetingEventType('PARTICIPANT_LEFT', MeetingParticipantLeft);

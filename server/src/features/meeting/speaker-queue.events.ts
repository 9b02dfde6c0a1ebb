import { Field, ID, ObjectType } from 'type-graphql';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';

declare module './meeting-events.js' {
  interface MeetingEventKinds {
    HAND_RAISED: { requestId: string; userId: string; name: string; countryCode: string | null; raisedAt: string };
    HAND_LOWERED: { requestId: string; userId: string };
    SPEAKER_CALLED: { requestId: string; userId: string; name: string; countryCode: string | null };
    SPEAKER_FINISHED: { requestId: string; userId: string };
    SPEAKER_BALANCE_CHANGED: { balanced: boolean };
  }
}

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A participant raised their hand to speak' })
export class MeetingHandRaised extends MeetingEvent {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => Date)
  raisedAt!: string;
}
registerMeetingEventType('HAND_RAISED', MeetingHandRaised);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A hand was lowered (by its owner or a host)' })
export class MeetingHandLowered extends MeetingEvent {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  userId!: string;
}
registerMeetingEventType('HAND_LOWERED', MeetingHandLowered);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host gave the floor to a participant' })
export class MeetingSpeakerCalled extends MeetingEvent {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;
}
registerMeetingEventType('SPEAKER_CALLED', MeetingSpeakerCalled);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'The speaker finished' })
export class MeetingSpeakerFinished extends MeetingEvent {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  userId!: string;
}
registerMeetingEventType('SPEAKER_FINISHED', MeetingSpeakerFinished);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'Balancing the queue by country was turned on or off' })
export class MeetingSpeakerBalanceChanged extends MeetingEvent {
  @Field(() => Boolean)
  balanced!: boolean;
}
registerMeetingEventType('SPEAKER_BALANCE_CHANGED', MeetingSpeakerBalanceChanged);

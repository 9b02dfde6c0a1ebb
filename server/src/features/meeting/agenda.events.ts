import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';

// Times in payloads are ISO strings (JSON); GraphQL serves them as DateTimeISO.
declare module './meeting-events.js' {
  interface MeetingEventKinds {
    AGENDA_CHANGED: { version: number; itemCount: number };
    AGENDA_ADVANCED: {
      currentItemId: string | null;
      currentPosition: number | null;
      currentTitle: string | null;
      startedAt: string;
      currentPlannedEndsAt: string | null;
      previousItemId: string | null;
      previousOverrunSeconds: number;
    };
    AGENDA_EXTENDED: { itemId: string; extraMinutes: number; plannedEndsAt: string };
  }
}

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host saved the agenda: read it again' })
export class MeetingAgendaChanged extends MeetingEvent {
  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  itemCount!: number;
}
registerMeetingEventType('AGENDA_CHANGED', MeetingAgendaChanged);

@ObjectType({
  implements: MeetingEvent,
  simpleResolvers: true,
  description: 'The “now discussing” pointer moved (item null: the agenda is through); its timer restarts',
})
export class MeetingAgendaAdvanced extends MeetingEvent {
  // `current…`: fields of one name must have one type across the event types a query selects (itemId is non-null elsewhere).
  @Field(() => ID, { nullable: true })
  currentItemId!: string | null;

  @Field(() => Int, { nullable: true })
  currentPosition!: number | null;

  @Field(() => String, { nullable: true })
  currentTitle!: string | null;

  @Field(() => Date)
  startedAt!: string;

  @Field(() => Date, { nullable: true })
  currentPlannedEndsAt!: string | null;

  @Field(() => ID, { nullable: true })
  previousItemId!: string | null;

  @Field(() => Int, { description: 'How long the item left behind ran over its time (0 when it did not)' })
  previousOverrunSeconds!: number;
}
registerMeetingEventType('AGENDA_ADVANCED', MeetingAgendaAdvanced);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'The current item got more time' })
export class MeetingAgendaExtended extends MeetingEvent {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  extraMinutes!: number;

  @Field(() => Date)
  plannedEndsAt!: string;
}
registerMeetingEventType('AGENDA_EXTENDED', MeetingAgendaExtended);

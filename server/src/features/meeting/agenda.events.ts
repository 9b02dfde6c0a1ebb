import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';

// Times in payloads are ISO strings (JSON); GraphQL serves them as DateTimeISO.
declare module './meeting-events.js' {
  interface MeetingEventKinds {
    AGENDA_CHANGED: { version: number; itemCount: number };
    AGENDA_ADVANCED: {
      itemId: string | null;
      position: number | null;
      title: string | null;
      startedAt: string;
      plannedEndsAt: string | null;
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
  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => Int, { nullable: true })
  position!: number | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Date)
  startedAt!: string;

  @Field(() => Date, { nullable: true })
  plannedEndsAt!: string | null;

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

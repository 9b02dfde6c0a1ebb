import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A participant as the live view shows them' })
export class MeetingPerson {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO code of the country they work in' })
  countryCode!: string | null;
}

@ObjectType({ description: 'A link attached to an agenda item (slides, a document)' })
export class AgendaLink {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType({ description: 'One item of a meeting’s agenda, with its times computed from the meeting’s start' })
export class MeetingAgendaItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '0-based' })
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  plannedMinutes!: number;

  @Field(() => Date, { nullable: true, description: 'A start the host fixed (after a break); null: right after the item before' })
  fixedStartsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Planned start; null while the meeting has no date' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => MeetingPerson, { nullable: true })
  presenter!: MeetingPerson | null;

  @Field(() => [AgendaLink])
  links!: AgendaLink[];

  @Field(() => Date, { nullable: true, description: 'When it was last taken up live' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the meeting moved on from it' })
  endedAt!: Date | null;
}

@ObjectType({ description: 'What is being discussed now, and its timer' })
export class MeetingNowDiscussing {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Int, { description: 'Minutes the hosts added' })
  extraMinutes!: number;

  @Field(() => Date, { description: 'startedAt + planned + extra minutes; after it, the item overruns' })
  plannedEndsAt!: Date;
}

@ObjectType({ description: 'A meeting’s agenda under one version: save with the version you read (CONFLICT if a host saved since)' })
export class MeetingAgenda {
  @Field(() => Int)
  version!: number;

  @Field(() => [MeetingAgendaItem])
  items!: MeetingAgendaItem[];

  @Field(() => MeetingNowDiscussing, { nullable: true, description: 'Null before the first item and after the last' })
  nowDiscussing!: MeetingNowDiscussing | null;
}

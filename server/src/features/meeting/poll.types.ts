import type { PollStatus as PollStatusKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PollStatus } from './outcome.enums.js';

@ObjectType({ description: 'An option of a poll with its votes so far' })
export class MeetingPollOption {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  votes!: number;
}

@ObjectType({ description: 'Who chose what, in a named poll (never in an anonymous one)' })
export class MeetingPollVoter {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ID])
  optionIds!: string[];
}

@ObjectType({ description: 'A live poll of a meeting' })
export class MeetingPoll {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  question!: string;

  @Field(() => Boolean, { description: 'Several options may be chosen in one ballot' })
  multiple!: boolean;

  @Field(() => Boolean, { description: 'Only counts are shown, to everyone' })
  anonymous!: boolean;

  @Field(() => PollStatus)
  status!: PollStatusKey;

  @Field(() => [MeetingPollOption])
  options!: MeetingPollOption[];

  @Field(() => Int, { description: 'Members who have voted' })
  voterCount!: number;

  @Field(() => [ID], { description: 'The options you chose (empty before you vote): your own ballot, even in an anonymous poll' })
  viewerChoice!: string[];

  @Field(() => [MeetingPollVoter], { description: 'Empty for an anonymous poll, for everyone' })
  voters!: MeetingPollVoter[];

  @Field(() => Date)
  createdAt!: Date;
}

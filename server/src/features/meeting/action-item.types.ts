import type { ActionItemStatus as ActionItemStatusKey } from '@strom/shared';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActionItemStatus } from './outcome.enums.js';

@ObjectType({ description: 'Something a participant is to do after a meeting' })
export class MeetingActionItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The meeting it was agreed in' })
  meetingId!: string;

  @Field(() => String, { description: 'The title of the meeting it was agreed in' })
  meetingTitle!: string;

  @Field(() => String)
  text!: string;

  @Field(() => ID, { nullable: true })
  ownerId!: string | null;

  @Field(() => String)
  ownerName!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn!: string | null;

  @Field(() => ActionItemStatus)
  status!: ActionItemStatusKey;

  @Field(() => Boolean, { description: 'Whether you may mark it done or open again (its owner and the hosts)' })
  viewerCanUpdate!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

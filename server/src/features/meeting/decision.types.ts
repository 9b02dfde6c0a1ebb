import type { MeetingNoteKind as MeetingNoteKindKey } from '@strom/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { MeetingNoteKind } from './outcome.enums.js';

@ObjectType({ description: 'A note or a decision recorded during a meeting' })
export class MeetingNote {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingNoteKind)
  kind!: MeetingNoteKindKey;

  @Field(() => String)
  text!: string;

  @Field(() => Date)
  createdAt!: Date;
}

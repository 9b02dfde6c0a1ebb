import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A question asked during a meeting, with its upvotes' })
export class MeetingQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'Who asked' })
  authorName!: string;

  @Field(() => Int)
  upvotes!: number;

  @Field(() => Boolean)
  viewerUpvoted!: boolean;

  @Field(() => Boolean, { description: 'Whether you asked it' })
  viewerAsked!: boolean;

  @Field(() => Boolean)
  answered!: boolean;

  @Field(() => Boolean, { description: 'Hidden by a host: only hosts see hidden questions' })
  hidden!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

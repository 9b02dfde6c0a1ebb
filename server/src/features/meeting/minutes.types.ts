import type { MinutesStatus as MinutesStatusKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MinutesStatus } from './outcome.enums.js';

@ObjectType({ description: 'The minutes of a meeting: a draft for its hosts, then published to every participant' })
export class MeetingMinutes {
  @Field(() => ID, { description: 'The same as meetingId: one document per meeting' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => MinutesStatus)
  status!: MinutesStatusKey;

  @Field(() => String, { description: 'Markdown (download it as a .md file)' })
  source!: string;

  @Field(() => String, { description: 'Sanitised HTML rendered from the source on the server' })
  html!: string;

  @Field(() => Int, { description: 'Pass it back when editing or publishing (optimistic locking)' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}

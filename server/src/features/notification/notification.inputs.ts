import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@strom/shared';
import { IsBoolean, IsIn, IsInt, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DigestFrequency } from './notification-kind.js';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `At most ${PAGE_SIZE_MAX}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(PAGE_SIZE_MAX, { message: `first must be at most ${PAGE_SIZE_MAX}` })
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @MaxLength(1000, { message: 'after is not a valid cursor' })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType({ description: 'Which notifications you get by e-mail' })
export class UpdateNotificationPreferencesInput {
  @Field(() => Boolean)
  @IsBoolean({ message: 'mentionEmails must be true or false' })
  mentionEmails!: boolean;

  @Field(() => DigestFrequency)
  @IsIn(Object.keys(DigestFrequency), { message: 'digest must be DAILY, WEEKLY or OFF' })
  digest!: DigestFrequency;

  @Field(() => Int, { description: 'ISO weekday of a weekly digest: 1 Monday … 7 Sunday' })
  @IsInt({ message: 'digestWeekday must be a whole number' })
  @Min(1, { message: 'digestWeekday must be between 1 (Monday) and 7 (Sunday)' })
  @Max(7, { message: 'digestWeekday must be between 1 (Monday) and 7 (Sunday)' })
  digestWeekday!: number;
}

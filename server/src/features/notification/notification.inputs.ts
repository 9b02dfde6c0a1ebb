import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { DigestFrequency } from './notification-kind.js';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
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

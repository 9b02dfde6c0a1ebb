import { MINUTES_SOURCE_MAX } from '@strom/shared';
import { IsInt, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';

@InputType({ description: 'The hosts’ edit of a meeting’s draft minutes' })
export class UpdateMeetingMinutesInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'The version you edited: a newer one (another host’s edit) is a CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { description: 'Markdown, checked by the victim-data guardrail' })
  @MinLength(1, { message: 'the minutes must not be empty' })
  @MaxLength(MINUTES_SOURCE_MAX, { message: `the minutes are at most ${MINUTES_SOURCE_MAX} characters` })
  source!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

import { POLL_OPTION_MAX, POLL_OPTIONS_MAX, POLL_OPTIONS_MIN, POLL_QUESTION_MAX } from '@strom/shared';
import { ArrayMaxSize, ArrayMinSize, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';

@InputType({ description: 'A live poll a host prepares (a DRAFT until opened)' })
export class CreateMeetingPollInput {
  @Field(() => ID, { description: 'Client-generated: a retry with the same id creates nothing new' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'Checked by the victim-data guardrail, with the options' })
  @MinLength(1, { message: 'question must not be empty' })
  @MaxLength(POLL_QUESTION_MAX, { message: `question must be at most ${POLL_QUESTION_MAX} characters` })
  question!: string;

  @Field(() => [String])
  @ArrayMinSize(POLL_OPTIONS_MIN, { message: `a poll needs at least ${POLL_OPTIONS_MIN} options` })
  @ArrayMaxSize(POLL_OPTIONS_MAX, { message: `a poll has at most ${POLL_OPTIONS_MAX} options` })
  @MaxLength(POLL_OPTION_MAX, { each: true, message: `an option is at most ${POLL_OPTION_MAX} characters` })
  options!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Several options may be chosen in one ballot' })
  multiple!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Only counts are ever shown, to everyone (hosts too)' })
  anonymous!: boolean;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType({ description: 'One ballot: one option in a single-choice poll, one or more in a multiple-choice poll' })
export class VoteMeetingPollInput {
  @Field(() => ID)
  pollId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'choose an option' })
  @ArrayMaxSize(POLL_OPTIONS_MAX, { message: `at most ${POLL_OPTIONS_MAX} options` })
  optionIds!: string[];
}

import { MEETING_QUESTION_MAX } from '@strom/shared';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';

@InputType({ description: 'A question a participant asks during the meeting' })
export class AskMeetingQuestionInput {
  @Field(() => ID, { description: 'Client-generated: a retry with the same id asks nothing new' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'Checked by the victim-data guardrail' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MEETING_QUESTION_MAX, { message: `text must be at most ${MEETING_QUESTION_MAX} characters` })
  text!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

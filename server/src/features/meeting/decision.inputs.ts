import { MEETING_NOTE_MAX, type MeetingNoteKind as MeetingNoteKindKey } from '@strom/shared';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { MeetingNoteKind } from './outcome.enums.js';

@InputType({ description: 'A note or a decision a host records during the meeting' })
export class AddMeetingNoteInput {
  @Field(() => ID, { description: 'Client-generated: a retry with the same id records nothing new' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingNoteKind)
  kind!: MeetingNoteKindKey;

  @Field(() => String, { description: 'Plain text, checked by the victim-data guardrail' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MEETING_NOTE_MAX, { message: `text must be at most ${MEETING_NOTE_MAX} characters` })
  text!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

import { ACTION_ITEM_TEXT_MAX, type ActionItemStatus as ActionItemStatusKey } from '@strom/shared';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { ActionItemStatus } from './outcome.enums.js';

@InputType({ description: 'An action item a host records: what, who (a participant) and by when' })
export class AddMeetingActionItemInput {
  @Field(() => ID, { description: 'Client-generated: a retry with the same id records nothing new' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'Checked by the victim-data guardrail' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(ACTION_ITEM_TEXT_MAX, { message: `text must be at most ${ACTION_ITEM_TEXT_MAX} characters` })
  text!: string;

  @Field(() => ID, { description: 'The user id of a host or participant of the meeting' })
  ownerId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A calendar date (YYYY-MM-DD)' })
  dueOn?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class SetMeetingActionItemStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ActionItemStatus)
  status!: ActionItemStatusKey;
}

import { MEETING_SLOTS_MAX, type SlotAnswer as SlotAnswerKey } from '@strom/shared';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SlotAnswer } from './meeting.enums.js';

@InputType({ description: 'A proposed time for the meeting' })
export class SlotInput {
  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;
}

@InputType({ description: 'The slots of a DRAFT meeting’s date poll; replaces the earlier proposal and its answers' })
export class ProposeSlotsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => [SlotInput])
  @ArrayMinSize(1, { message: 'propose at least one slot' })
  @ArrayMaxSize(MEETING_SLOTS_MAX, { message: `at most ${MEETING_SLOTS_MAX} slots` })
  @ValidateNested({ each: true })
  slots!: SlotInput[];
}

@InputType()
export class SlotAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'slotId must be a valid id' })
  slotId!: string;

  @Field(() => SlotAnswer)
  answer!: SlotAnswerKey;
}

@InputType({ description: 'Your answers to a date poll, slot by slot' })
export class AnswerSlotsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => [SlotAnswerInput])
  @ArrayMinSize(1, { message: 'answer at least one slot' })
  @ArrayMaxSize(MEETING_SLOTS_MAX, { message: `at most ${MEETING_SLOTS_MAX} answers` })
  @ValidateNested({ each: true })
  answers!: SlotAnswerInput[];
}

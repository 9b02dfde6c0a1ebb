import {
  AGENDA_EXTEND_MINUTES_MAX,
  AGENDA_ITEM_MINUTES_MAX,
  AGENDA_ITEMS_MAX,
  AGENDA_LINK_LABEL_MAX,
  AGENDA_LINKS_MAX,
  AGENDA_TITLE_MAX,
  MEETING_LINK_MAX,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsName, IsWebsite } from '../../core/text.validators.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';

@InputType()
export class AgendaLinkInput {
  @Field(() => String)
  @IsWebsite()
  @MaxLength(MEETING_LINK_MAX, { message: `a link must be at most ${MEETING_LINK_MAX} characters` })
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(AGENDA_LINK_LABEL_MAX, { message: `a link's label must be at most ${AGENDA_LINK_LABEL_MAX} characters` })
  label?: string | null;
}

@InputType({ description: 'One item, in the order of the list' })
export class AgendaItemInput {
  @Field(() => ID, { description: 'The item’s id: new items get one from the client, kept items keep theirs' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String)
  @IsName()
  @MaxLength(AGENDA_TITLE_MAX, { message: `an item's title must be at most ${AGENDA_TITLE_MAX} characters` })
  title!: string;

  @Field(() => Int)
  @IsInt()
  @Max(AGENDA_ITEM_MINUTES_MAX, { message: `an item lasts at most ${AGENDA_ITEM_MINUTES_MAX} minutes` })
  plannedMinutes!: number;

  @Field(() => Date, { nullable: true, description: 'A fixed start (after a break); never before the item before ends' })
  fixedStartsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The presenter: a participant or host of the meeting' })
  @IsOptional()
  @IsUUID('all', { message: 'presenterId must be a valid id' })
  presenterId?: string | null;

  @Field(() => [AgendaLinkInput], { defaultValue: [] })
  @ArrayMaxSize(AGENDA_LINKS_MAX, { message: `at most ${AGENDA_LINKS_MAX} links per item` })
  @ValidateNested({ each: true })
  links!: AgendaLinkInput[];
}

@InputType({ description: 'The whole agenda, as the host sees it: saved only if nobody saved since `expectedVersion`' })
export class SaveAgendaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => Int, { description: 'The agenda’s version you edited (CONFLICT with the current agenda if it moved on)' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;

  @Field(() => [AgendaItemInput])
  @ArrayMaxSize(AGENDA_ITEMS_MAX, { message: `an agenda has at most ${AGENDA_ITEMS_MAX} items` })
  @ValidateNested({ each: true })
  items!: AgendaItemInput[];

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

export const AgendaDirection = { NEXT: 'NEXT', PREVIOUS: 'PREVIOUS' } as const;
export type AgendaDirection = keyof typeof AgendaDirection;
registerEnumType(AgendaDirection, { name: 'AgendaDirection', description: 'NEXT: on to the following item; PREVIOUS: back one' });

@InputType({ description: 'Moves the “now discussing” pointer from the item you see (a repeat after it moved is a no-op)' })
export class MoveAgendaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The item you see as current; null before the first' })
  @IsOptional()
  @IsUUID('all', { message: 'fromItemId must be a valid id' })
  fromItemId?: string | null;

  @Field(() => AgendaDirection)
  direction!: AgendaDirection;
}

@InputType({ description: 'Gives the current item more time' })
export class ExtendAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be a valid id' })
  itemId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'extend by at least a minute' })
  @Max(AGENDA_EXTEND_MINUTES_MAX, { message: `extend by at most ${AGENDA_EXTEND_MINUTES_MAX} minutes at a time` })
  minutes!: number;
}

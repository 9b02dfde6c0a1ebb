import {
  MEETING_CANCEL_REASON_MAX,
  MEETING_CAPACITY_MAX,
  MEETING_HOSTS_MAX,
  MEETING_LINK_MAX,
  MEETING_PURPOSE_MAX,
  MEETING_REMINDERS_MAX,
  MEETING_TITLE_MAX,
  MEETING_TITLE_MIN,
  MEETING_VENUE_MAX,
  RSVP_NOTE_MAX,
  type Level as LevelKey,
  type MeetingFormat as MeetingFormatKey,
  type MeetingVisibility as MeetingVisibilityKey,
  type RsvpAnswer as RsvpAnswerKey,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName, IsWebsite } from '../../core/text.validators.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { Level } from '../vocabulary/vocabulary.enums.js';
import { MeetingFormat, MeetingVisibility, RsvpAnswer } from './meeting.enums.js';

/** What a host plans, in a new meeting and in a change to one. */
@InputType({ description: 'What a host plans (the fields of CreateMeetingInput and UpdateMeetingInput)' })
export class MeetingDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  @MinLength(MEETING_TITLE_MIN, { message: `title must be at least ${MEETING_TITLE_MIN} characters` })
  @MaxLength(MEETING_TITLE_MAX, { message: `title must be at most ${MEETING_TITLE_MAX} characters` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, checked by the victim-data guardrail' })
  @IsOptional()
  @MaxLength(MEETING_PURPOSE_MAX, { message: `purpose must be at most ${MEETING_PURPOSE_MAX} characters` })
  purpose?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];

  @Field(() => Date, { nullable: true, description: 'Null while a date poll decides' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Riga' })
  @IsOptional()
  @MaxLength(64, { message: 'timeZone must be at most 64 characters' })
  timeZone?: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormatKey | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MEETING_VENUE_MAX, { message: `venue must be at most ${MEETING_VENUE_MAX} characters` })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to accepted participants and hosts' })
  @IsOptional()
  @MaxLength(MEETING_LINK_MAX, { message: `onlineLink must be at most ${MEETING_LINK_MAX} characters` })
  @IsWebsite({ message: 'onlineLink must be an http(s) address' })
  onlineLink?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null for no limit. YES answers beyond it wait for a seat' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(MEETING_CAPACITY_MAX, { message: `capacity must be at most ${MEETING_CAPACITY_MAX}` })
  capacity?: number | null;

  @Field(() => MeetingVisibility, { nullable: true })
  visibility?: MeetingVisibilityKey | null;

  @Field(() => [Int], { nullable: true, description: 'Minutes before the start when reminders go out (default a week and a day)' })
  @IsOptional()
  @ArrayMaxSize(MEETING_REMINDERS_MAX, { message: `at most ${MEETING_REMINDERS_MAX} reminders` })
  @IsInt({ each: true })
  @Min(5, { each: true, message: 'a reminder goes out at least 5 minutes before' })
  @Max(60 * 24 * 60, { each: true, message: 'a reminder goes out at most 60 days before' })
  reminderOffsets?: number[] | null;
}

@InputType({ description: 'A new meeting (a DRAFT); `id` (client-generated) makes a retry return the same meeting' })
export class CreateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Level)
  level!: LevelKey;

  @Field(() => String, { nullable: true, description: 'ISO code; required for NATIONAL and LOCAL meetings' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for LOCAL meetings' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier meeting this one follows' })
  @IsOptional()
  @IsUUID('all', { message: 'followsId must be a valid id' })
  followsId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Hosts besides you (user ids)' })
  @IsOptional()
  @ArrayMaxSize(MEETING_HOSTS_MAX, { message: `at most ${MEETING_HOSTS_MAX} hosts` })
  @IsUUID('all', { each: true, message: 'hostIds must be valid ids' })
  hostIds?: string[] | null;
}

@InputType({ description: 'Changes to a meeting; omitted fields stay as they are' })
export class UpdateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String, { description: 'Told to everyone invited' })
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(MEETING_CANCEL_REASON_MAX, { message: `reason must be at most ${MEETING_CANCEL_REASON_MAX} characters` })
  reason!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType({ description: 'Your answer to a meeting invitation' })
export class RsvpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => RsvpAnswer)
  answer!: RsvpAnswerKey;

  @Field(() => String, { nullable: true, description: 'Seen by the hosts; checked by the victim-data guardrail' })
  @IsOptional()
  @MaxLength(RSVP_NOTE_MAX, { message: `note must be at most ${RSVP_NOTE_MAX} characters` })
  note?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

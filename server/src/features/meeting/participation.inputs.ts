import { MEETING_INVITE_MAX, type ParticipantRole as ParticipantRoleKey } from '@strom/shared';
import { ArrayMaxSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../vocabulary/vocabulary.enums.js';
import { ParticipantRole } from './meeting.enums.js';

@InputType({
  description:
    'Whom to invite, in one step: experts by id; municipalities (their contact points, and members there holding `roles`); countries (members holding `roles`, or all members of the country when `roles` is empty)',
})
export class InviteToMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MEETING_INVITE_MAX, { message: `at most ${MEETING_INVITE_MAX} experts at once` })
  @IsUUID('all', { each: true, message: 'expertIds must be valid ids' })
  expertIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'e.g. three municipalities per member state' })
  @ArrayMaxSize(MEETING_INVITE_MAX, { message: `at most ${MEETING_INVITE_MAX} municipalities at once` })
  @IsUUID('all', { each: true, message: 'municipalityIds must be valid ids' })
  municipalityIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, { message: 'at most 30 countries at once' })
  @Matches(/^[A-Za-z]{2}$/, { each: true, message: 'countryCodes must be two-letter ISO country codes' })
  countryCodes!: string[];

  @Field(() => [Role], { defaultValue: [], description: 'Roles in the chain of assistance or the network to invite by' })
  @IsOptional()
  @ArrayMaxSize(30)
  roles!: string[];

  @Field(() => ParticipantRole, { defaultValue: 'PARTICIPANT' })
  role!: ParticipantRoleKey;
}

import { MEETING_INVITE_MAX, type ParticipantRole as ParticipantRoleKey } from '@strom/shared';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ParticipantRole } from './meeting.enums.js';

@InputType({
  description:
    'Invite the contact points of chosen municipalities in one step (e.g. three per member state). Retry-safe: members invited already keep their answer',
})
export class InviteContactPointsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'choose at least one municipality' })
  @ArrayMaxSize(MEETING_INVITE_MAX, { message: `at most ${MEETING_INVITE_MAX} municipalities at once` })
  @IsUUID('all', { each: true, message: 'municipalityIds must be valid ids' })
  municipalityIds!: string[];

  @Field(() => ParticipantRole, { defaultValue: 'PARTICIPANT' })
  role!: ParticipantRoleKey;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Invite the others when some municipalities have no contact point (they are listed in the answer)',
  })
  skipWithoutContactPoint!: boolean;
}

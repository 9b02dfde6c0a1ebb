import type {
  Level as LevelKey,
  MeetingFormat as MeetingFormatKey,
  MeetingStatus as MeetingStatusKey,
  MeetingVisibility as MeetingVisibilityKey,
  ParticipantRole as ParticipantRoleKey,
  ParticipantStatus as ParticipantStatusKey,
  SlotAnswer as SlotAnswerKey,
} from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Level } from '../vocabulary/vocabulary.enums.js';
import type { MeetingAccess } from './meeting-access.js';
import { MeetingFormat, MeetingStatus, MeetingVisibility, ParticipantRole, ParticipantStatus, SlotAnswer } from './meeting.enums.js';

@ObjectType({ description: 'What you may do with a meeting (from the same table the server enforces)' })
export class MeetingPermissions {
  @Field(() => Boolean)
  manage!: boolean;

  @Field(() => Boolean)
  rsvp!: boolean;

  @Field(() => Boolean)
  answerDatePoll!: boolean;

  @Field(() => Boolean, { description: 'Make an invited participant a co-host' })
  appointHost!: boolean;
}

@ObjectType({ description: 'A host of a meeting' })
export class MeetingHost {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'A member invited to (or registered for) a meeting' })
export class MeetingParticipant {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Their expert profile' })
  expertId!: string | null;

  @Field(() => String, { description: 'ISO code of the country they work in' })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => ParticipantStatus)
  status!: ParticipantStatusKey;

  @Field(() => ParticipantRole)
  role!: ParticipantRoleKey;

  @Field(() => String, { nullable: true, description: 'Their RSVP note: for the hosts and themselves only' })
  note!: string | null;
}

@ObjectType({ description: 'A proposed time of a date poll, with the answers so far' })
export class MeetingSlot {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  ifNeedBe!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => SlotAnswer, { nullable: true })
  viewerAnswer!: SlotAnswerKey | null;

  @Field(() => Boolean, { description: 'Among the best slots: fewest NO, then most YES' })
  best!: boolean;
}

/** A meeting as the read models return it: plain data, shaped like the GraphQL type. */
@ObjectType('Meeting', { description: 'A meeting of the network: planned, scheduled, live, ended or cancelled' })
export class MeetingNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => Level)
  level!: LevelKey;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier meeting this one follows' })
  followsId!: string | null;

  @Field(() => Date, { nullable: true, description: 'Null while a date poll decides' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => String, { description: 'The IANA zone it is planned in' })
  timeZone!: string;

  @Field(() => MeetingFormat)
  format!: MeetingFormatKey;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: 'Only for its hosts and accepted participants; null for anyone else' })
  onlineLink!: string | null;

  @Field(() => Boolean, { description: 'Whether it has an online link (so others know one will come with a seat)' })
  hasOnlineLink!: boolean;

  @Field(() => Int, { nullable: true })
  capacity!: number | null;

  @Field(() => MeetingVisibility)
  visibility!: MeetingVisibilityKey;

  @Field(() => MeetingStatus)
  status!: MeetingStatusKey;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => [Int], { description: 'Minutes before the start when reminders go out' })
  reminderOffsets!: number[];

  @Field(() => [MeetingHost])
  hosts!: MeetingHost[];

  @Field(() => Int)
  acceptedCount!: number;

  @Field(() => Int)
  waitingCount!: number;

  @Field(() => Int, { description: 'Everyone invited or registered, whatever their answer' })
  invitedCount!: number;

  @Field(() => ParticipantStatus, { nullable: true, description: 'Where you stand; null when not invited' })
  viewerStatus!: ParticipantStatusKey | null;

  @Field(() => String, { description: 'Its calendar file (iCalendar), for the signed-in reader' })
  calendarPath!: string;

  @Field(() => Int, { description: 'The `sequence` of its latest event: a live stream resumes after it' })
  lastEventSequence!: number;

  @Field(() => Int)
  version!: number;

  /** For `viewerCan` and nested fields; not a GraphQL field. */
  access!: MeetingAccess;
}

export const MeetingConnection = ConnectionType('Meeting', MeetingNode);

import { Arg, Authorized, Ctx, FieldResolver, ID, InputType, Field, Mutation, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { ExtendAgendaItemInput, MoveAgendaInput, SaveAgendaInput } from './agenda.inputs.js';
import { extendMeetingAgendaItem, moveMeetingAgenda, saveMeetingAgenda } from './agenda.commands.js';
import { attendanceOf, type AttendanceJson } from './attendance.part.js';
import { MeetingAttendance } from './attendance.types.js';
import { checkInToMeeting, leaveMeeting } from './attendance.commands.js';
import { MeetingLiveState } from './meeting-live-state.types.js';
import { liveAnswer } from './meeting-run.resolver.js';
import { MeetingNode } from './meeting.types.js';
import { removeMeetingParticipant } from './participant-removal.commands.js';
import { speakerQueueOf, type SpeakerQueueJson } from './speaker-queue.part.js';
import { callNextSpeaker, finishSpeaker, lowerHand, raiseHand, setSpeakerBalance } from './speaker-queue.commands.js';
import { SpeakerQueue } from './speaker-queue.types.js';
// Each live part's event types register themselves on import.
import './agenda.events.js';
import './attendance.events.js';
import './speaker-queue.events.js';

@InputType({ description: 'Who checks in: yourself (no userId), or a participant a host checks in' })
export class CheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'Hosts only: the participant to check in (in the room)' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a valid id' })
  userId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'In the room rather than online' })
  inPerson!: boolean;
}

@InputType({ description: 'Who leaves: yourself (no userId), or a participant a host records as gone' })
export class LeaveMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a valid id' })
  userId?: string | null;
}

@InputType()
export class RemoveParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a valid id' })
  userId!: string;
}

/** The live parts of the liveState (SQL-free: from the parts read with it). */
@Resolver(() => MeetingLiveState)
export class MeetingLivePartsResolver {
  @FieldResolver(() => SpeakerQueue)
  speakerQueue(@Root() state: MeetingLiveState): SpeakerQueue {
    return speakerQueueOf(state.parts['speakerQueue'] as SpeakerQueueJson, state);
  }

  @FieldResolver(() => MeetingAttendance)
  attendance(@Root() state: MeetingLiveState): MeetingAttendance {
    return attendanceOf(state.parts['attendance'] as AttendanceJson, state);
  }
}

/** Running a meeting: each mutation answers with the meeting, whose `liveState` the caller reads again. */
@Resolver()
export class MeetingLiveCommandsResolver {
  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: replace the agenda (CONFLICT when another host saved since expectedVersion)' })
  async saveMeetingAgenda(@Ctx() ctx: Context, @Arg('input', () => SaveAgendaInput) input: SaveAgendaInput): Promise<MeetingNode> {
    return liveAnswer(ctx, await saveMeetingAgenda(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: move “now discussing” on or back (the meeting must be LIVE)' })
  async moveMeetingAgenda(@Ctx() ctx: Context, @Arg('input', () => MoveAgendaInput) input: MoveAgendaInput): Promise<MeetingNode> {
    return liveAnswer(ctx, await moveMeetingAgenda(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: more minutes for the current item' })
  async extendMeetingAgendaItem(
    @Ctx() ctx: Context,
    @Arg('input', () => ExtendAgendaItemInput) input: ExtendAgendaItemInput,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await extendMeetingAgendaItem(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Participants: ask to speak (a hand already up stays)' })
  async raiseHand(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string): Promise<MeetingNode> {
    return liveAnswer(ctx, await raiseHand(commandDeps(ctx), meetingId));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Lower your own hand, or (hosts) anyone’s by its request id' })
  async lowerHand(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('requestId', () => ID, { nullable: true }) requestId?: string | null,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await lowerHand(commandDeps(ctx), meetingId, requestId ?? null));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: give the floor to a waiting hand (default: the head of the queue’s order)' })
  async callNextSpeaker(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('requestId', () => ID, { nullable: true }) requestId?: string | null,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await callNextSpeaker(commandDeps(ctx), meetingId, requestId ?? null));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'The speaker (or a host) ends their turn' })
  async finishSpeaker(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('requestId', () => ID) requestId: string,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await finishSpeaker(commandDeps(ctx), meetingId, requestId));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: balance the speaker queue by country (whoever’s country spoke least goes first)' })
  async setSpeakerBalance(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('balanced', () => Boolean) balanced: boolean,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await setSpeakerBalance(commandDeps(ctx), meetingId, balanced));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Check in to a scheduled or live meeting' })
  async checkInToMeeting(@Ctx() ctx: Context, @Arg('input', () => CheckInInput) input: CheckInInput): Promise<MeetingNode> {
    return liveAnswer(ctx, await checkInToMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Leave a meeting you checked in to' })
  async leaveMeeting(@Ctx() ctx: Context, @Arg('input', () => LeaveMeetingInput) input: LeaveMeetingInput): Promise<MeetingNode> {
    return liveAnswer(ctx, await leaveMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: remove a participant (their live stream ends at once)' })
  async removeMeetingParticipant(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveParticipantInput) input: RemoveParticipantInput,
  ): Promise<MeetingNode> {
    return liveAnswer(ctx, await removeMeetingParticipant(commandDeps(ctx), input));
  }
}

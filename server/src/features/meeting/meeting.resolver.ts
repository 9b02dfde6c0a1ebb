import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { isMember } from '../../core/auth.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { hosts } from './meeting-access.js';
import { answerMeetingSlots, pickMeetingSlot, proposeMeetingSlots } from './date-poll.commands.js';
import { AnswerSlotsInput, ProposeSlotsInput } from './date-poll.inputs.js';
import { MeetingsArgs } from './meeting.args.js';
import { cancelMeeting, createMeeting, scheduleMeeting, updateMeeting } from './meeting.commands.js';
import { CancelMeetingInput, CreateMeetingInput, RsvpInput, UpdateMeetingInput } from './meeting.inputs.js';
import { meetingAbilities } from './meeting.policy.js';
import { findMeeting, findMeetings } from './meeting.read.js';
import { MeetingConnection, MeetingNode, MeetingParticipant, MeetingPermissions, MeetingSlot } from './meeting.types.js';
import { inviteToMeeting, rsvpMeeting } from './participation.commands.js';
import { InviteToMeetingInput } from './participation.inputs.js';

/** The meeting as the viewer now sees it: the answer of every meeting mutation. */
async function meetingAnswer(ctx: Context, id: string): Promise<MeetingNode> {
  const meeting = await findMeeting(ctx.em, ctx.viewer, id);
  if (!meeting) throw new NotFound('The meeting');
  return meeting;
}

@Resolver(() => MeetingNode)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, { description: 'Meetings you may see: upcoming, yours or past, by scope' })
  meetings(@Ctx() { em, viewer }: Context, @Args(() => MeetingsArgs) args: MeetingsArgs) {
    return findMeetings(em, viewer, args);
  }

  @Query(() => MeetingNode, { nullable: true, description: 'Null when it does not exist or you may not see it' })
  meeting(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<MeetingNode | null> {
    return findMeeting(em, viewer, id);
  }

  @FieldResolver(() => [MeetingParticipant], { description: 'By country, then name' })
  async participants(@Root() meeting: MeetingNode, @Ctx() { loaders, viewer }: Context): Promise<MeetingParticipant[]> {
    if (!meetingAbilities.can(viewer, 'seeParticipants', meeting.access)) return [];
    const rows = await loaders.meetingParticipants.load({ meetingId: meeting.id, viewer });
    const host = hosts(viewer, meeting.access);
    return rows.map(({ meetingId: _, ...row }) => ({
      ...row,
      note: host || (isMember(viewer) && viewer.userId === row.userId) ? row.note : null,
    }));
  }

  @FieldResolver(() => [MeetingSlot], { description: 'The date poll: proposed slots with answers (a DRAFT’s, until a slot is picked)' })
  dateSlots(@Root() meeting: MeetingNode, @Ctx() { loaders, viewer }: Context): Promise<MeetingSlot[]> {
    return loaders.meetingSlots.load({ meetingId: meeting.id, viewer });
  }

  @FieldResolver(() => MeetingPermissions)
  viewerCan(@Root() meeting: MeetingNode, @Ctx() { viewer }: Context): MeetingPermissions {
    const can = meetingAbilities.permissions(viewer, meeting.access);
    const open = meeting.status === 'DRAFT' || meeting.status === 'SCHEDULED' || meeting.status === 'LIVE';
    return {
      manage: can.manage,
      rsvp: can.rsvp && open && meeting.status !== 'DRAFT',
      answerDatePoll: can.answerDatePoll && meeting.status === 'DRAFT',
      appointHost: can.appointHost,
    };
  }

  @Authorized()
  @Mutation(() => MeetingNode, {
    description: 'Plans a meeting (a DRAFT): moderators, admins, coordinators for their country; retry-safe by id',
  })
  async createMeeting(@Ctx() ctx: Context, @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await createMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Changes a meeting; a new time moves its reminders and tells everyone invited' })
  async updateMeeting(@Ctx() ctx: Context, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await updateMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'DRAFT → SCHEDULED, once it has its date' })
  async scheduleMeeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<MeetingNode> {
    return meetingAnswer(ctx, await scheduleMeeting(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Cancels with a reason everyone invited is told' })
  async cancelMeeting(@Ctx() ctx: Context, @Arg('input', () => CancelMeetingInput) input: CancelMeetingInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await cancelMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Invites experts, municipalities and countries in one step' })
  async inviteToMeeting(@Ctx() ctx: Context, @Arg('input', () => InviteToMeetingInput) input: InviteToMeetingInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await inviteToMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Your answer: yes (a seat, or the waiting list), maybe or no, with a note' })
  async rsvpMeeting(@Ctx() ctx: Context, @Arg('input', () => RsvpInput) input: RsvpInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await rsvpMeeting(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Proposes the slots of a DRAFT meeting’s date poll' })
  async proposeMeetingSlots(@Ctx() ctx: Context, @Arg('input', () => ProposeSlotsInput) input: ProposeSlotsInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await proposeMeetingSlots(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Your answers to a date poll' })
  async answerMeetingSlots(@Ctx() ctx: Context, @Arg('input', () => AnswerSlotsInput) input: AnswerSlotsInput): Promise<MeetingNode> {
    return meetingAnswer(ctx, await answerMeetingSlots(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Picks a slot of the date poll: schedules the meeting then and tells everyone' })
  async pickMeetingSlot(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('slotId', () => ID) slotId: string,
  ): Promise<MeetingNode> {
    return meetingAnswer(ctx, await pickMeetingSlot(commandDeps(ctx), meetingId, slotId));
  }
}

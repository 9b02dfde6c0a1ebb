import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { findMeeting } from './meeting.read.js';
import { MeetingNode } from './meeting.types.js';
import { generateMeetingMinutes, publishMeetingMinutes, updateMeetingMinutes } from './minutes.commands.js';
import { UpdateMeetingMinutesInput } from './minutes.inputs.js';
import { MeetingMinutes } from './minutes.types.js';
import { meetingOutcomeAbilities } from './outcome.policy.js';

async function minutesOf(ctx: Context, meeting: MeetingNode): Promise<MeetingMinutes | null> {
  const minutes = await ctx.loaders.meetingMinutes.load({ meetingId: meeting.id, viewer: ctx.viewer });
  if (!minutes) return null;
  return minutes.status === 'PUBLISHED' || meetingOutcomeAbilities.can(ctx.viewer, 'writeMinutes', meeting.access) ? minutes : null;
}

async function answer(ctx: Context, meetingId: string): Promise<MeetingMinutes> {
  ctx.loaders.meetingMinutes.clearAll();
  const meeting = await findMeeting(ctx.em, ctx.viewer, meetingId);
  const minutes = meeting && (await minutesOf(ctx, meeting));
  if (!minutes) throw new NotFound('The minutes');
  return minutes;
}

@Resolver(() => MeetingNode)
export class MeetingMinutesResolver {
  @FieldResolver(() => MeetingMinutes, { nullable: true, description: 'Published minutes; the draft for its hosts; null before' })
  minutes(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingMinutes | null> {
    return minutesOf(ctx, meeting);
  }

  @Authorized()
  @Mutation(() => MeetingMinutes, {
    description: 'Generates the draft minutes of an ended meeting; regenerating replaces the draft of `expectedVersion`',
  })
  async generateMeetingMinutes(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The draft’s version, when there is one' }) expectedVersion?:
      | number
      | null,
  ) {
    return answer(ctx, await generateMeetingMinutes(commandDeps(ctx), meetingId, expectedVersion ?? null));
  }

  @Authorized()
  @Mutation(() => MeetingMinutes, { description: 'A host edits the draft minutes (optimistic locking)' })
  async updateMeetingMinutes(@Ctx() ctx: Context, @Arg('input', () => UpdateMeetingMinutesInput) input: UpdateMeetingMinutesInput) {
    return answer(ctx, await updateMeetingMinutes(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingMinutes, { description: 'Publishes the minutes to every participant; they no longer change' })
  async publishMeetingMinutes(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ) {
    return answer(ctx, await publishMeetingMinutes(commandDeps(ctx), meetingId, expectedVersion));
  }
}

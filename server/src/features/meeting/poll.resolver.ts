import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { MeetingNode } from './meeting.types.js';
import type { OutcomeRef } from './outcome-load.js';
import { outcomeAnswer } from './outcome.resolver.js';
import { meetingOutcomeAbilities } from './outcome.policy.js';
import { closeMeetingPoll, createMeetingPoll, openMeetingPoll, voteMeetingPoll } from './poll.commands.js';
import { CreateMeetingPollInput, VoteMeetingPollInput } from './poll.inputs.js';
import { MeetingPoll } from './poll.types.js';

/** The meeting's polls as the viewer may see them: drafts for the hosts only. */
async function pollsOf(ctx: Context, meeting: MeetingNode): Promise<MeetingPoll[]> {
  const polls = await ctx.loaders.meetingPolls.load({ meetingId: meeting.id, viewer: ctx.viewer });
  return meetingOutcomeAbilities.can(ctx.viewer, 'run', meeting.access) ? polls : polls.filter((poll) => poll.status !== 'DRAFT');
}

const answer = (ctx: Context) => (ref: OutcomeRef) => {
  ctx.loaders.meetingPolls.clearAll();
  return outcomeAnswer(ctx, ref, (meeting) => pollsOf(ctx, meeting), 'The poll');
};

@Resolver(() => MeetingNode)
export class MeetingPollResolver {
  @FieldResolver(() => [MeetingPoll], { description: 'Live polls, oldest first (drafts for the hosts only)' })
  polls(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingPoll[]> {
    return pollsOf(ctx, meeting);
  }

  @Authorized()
  @Mutation(() => MeetingPoll, { description: 'A host prepares a poll (a DRAFT); retry-safe by id' })
  async createMeetingPoll(@Ctx() ctx: Context, @Arg('input', () => CreateMeetingPollInput) input: CreateMeetingPollInput) {
    return answer(ctx)(await createMeetingPoll(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingPoll, { description: 'A host opens a poll for votes' })
  async openMeetingPoll(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return answer(ctx)(await openMeetingPoll(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => MeetingPoll, { description: 'A host closes a poll: its results are final' })
  async closeMeetingPoll(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return answer(ctx)(await closeMeetingPoll(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => MeetingPoll, {
    description: 'Your ballot in an open poll, final once cast (the same ballot again is accepted; another is a CONFLICT)',
  })
  async voteMeetingPoll(@Ctx() ctx: Context, @Arg('input', () => VoteMeetingPollInput) input: VoteMeetingPollInput) {
    return answer(ctx)(await voteMeetingPoll(commandDeps(ctx), input));
  }
}

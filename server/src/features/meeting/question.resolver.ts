import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { MeetingNode } from './meeting.types.js';
import type { OutcomeRef } from './outcome-load.js';
import { meetingOutcomeAbilities } from './outcome.policy.js';
import { outcomeAnswer } from './outcome.resolver.js';
import { askMeetingQuestion, markMeetingQuestion, upvoteMeetingQuestion } from './question.commands.js';
import { AskMeetingQuestionInput } from './question.inputs.js';
import { MeetingQuestion } from './question.types.js';

/** The meeting's questions as the viewer may see them: hidden ones for the hosts only. */
async function questionsOf(ctx: Context, meeting: MeetingNode): Promise<MeetingQuestion[]> {
  const questions = await ctx.loaders.meetingQuestions.load({ meetingId: meeting.id, viewer: ctx.viewer });
  return meetingOutcomeAbilities.can(ctx.viewer, 'run', meeting.access) ? questions : questions.filter((q) => !q.hidden);
}

const answer = (ctx: Context) => (ref: OutcomeRef) => {
  ctx.loaders.meetingQuestions.clearAll();
  return outcomeAnswer(ctx, ref, (meeting) => questionsOf(ctx, meeting), 'The question');
};

@Resolver(() => MeetingNode)
export class MeetingQuestionResolver {
  @FieldResolver(() => [MeetingQuestion], { description: 'Q&A: open questions first, most upvoted first (hidden ones for the hosts only)' })
  questions(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingQuestion[]> {
    return questionsOf(ctx, meeting);
  }

  @Authorized()
  @Mutation(() => MeetingQuestion, { description: 'A participant asks a question; retry-safe by id' })
  async askMeetingQuestion(@Ctx() ctx: Context, @Arg('input', () => AskMeetingQuestionInput) input: AskMeetingQuestionInput) {
    return answer(ctx)(await askMeetingQuestion(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingQuestion, { description: 'Your upvote: one per member (a second changes nothing)' })
  async upvoteMeetingQuestion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return answer(ctx)(await upvoteMeetingQuestion(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => MeetingQuestion, { description: 'A host marks a question answered' })
  async answerMeetingQuestion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return answer(ctx)(await markMeetingQuestion(commandDeps(ctx), id, 'answered'));
  }

  @Authorized()
  @Mutation(() => MeetingQuestion, { description: 'A host hides a question from everyone but the hosts' })
  async hideMeetingQuestion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return answer(ctx)(await markMeetingQuestion(commandDeps(ctx), id, 'hidden'));
  }
}

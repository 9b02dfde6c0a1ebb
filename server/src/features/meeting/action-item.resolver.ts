import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { addMeetingActionItem, setMeetingActionItemStatus } from './action-item.commands.js';
import { AddMeetingActionItemInput, SetMeetingActionItemStatusInput } from './action-item.inputs.js';
import { toActionItem } from './action-item.read.js';
import { MeetingActionItem } from './action-item.types.js';
import { MeetingNode } from './meeting.types.js';
import type { OutcomeRef } from './outcome-load.js';
import { outcomeAnswer } from './outcome.resolver.js';

async function actionItemsOf(ctx: Context, meeting: MeetingNode): Promise<MeetingActionItem[]> {
  const rows = await ctx.loaders.meetingActionItems.load({ meetingId: meeting.id, viewer: ctx.viewer });
  return rows.map((row) => toActionItem(ctx.viewer, row));
}

const answer = (ctx: Context, ref: OutcomeRef) => {
  ctx.loaders.meetingActionItems.clearAll();
  return outcomeAnswer(ctx, ref, (meeting) => actionItemsOf(ctx, meeting), 'The action item');
};

@Resolver(() => MeetingNode)
export class MeetingActionItemResolver {
  @FieldResolver(() => [MeetingActionItem], { description: 'Action items agreed in this meeting, oldest first' })
  actionItems(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingActionItem[]> {
    return actionItemsOf(ctx, meeting);
  }

  @FieldResolver(() => [MeetingActionItem], {
    description: 'Open action items of the earlier meetings of its series (carried over until done), earliest due first',
  })
  async carriedActionItems(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingActionItem[]> {
    const rows = await ctx.loaders.carriedActionItems.load({ meetingId: meeting.id, viewer: ctx.viewer });
    return rows.map((row) => toActionItem(ctx.viewer, row));
  }

  @Authorized()
  @Mutation(() => MeetingActionItem, { description: 'A host records an action item for a participant; retry-safe by id' })
  async addMeetingActionItem(@Ctx() ctx: Context, @Arg('input', () => AddMeetingActionItemInput) input: AddMeetingActionItemInput) {
    return answer(ctx, await addMeetingActionItem(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingActionItem, { description: 'Its owner or a host of its meeting marks it done (or open again)' })
  async setMeetingActionItemStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => SetMeetingActionItemStatusInput) input: SetMeetingActionItemStatusInput,
  ) {
    return answer(ctx, await setMeetingActionItemStatus(commandDeps(ctx), input));
  }
}

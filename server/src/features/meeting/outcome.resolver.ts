import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { findMeeting } from './meeting.read.js';
import { MeetingNode } from './meeting.types.js';
import type { OutcomeRef } from './outcome-load.js';
import { isRunning, meetingOutcomeAbilities } from './outcome.policy.js';

@ObjectType({ description: 'What you may do with what a meeting produces (from the table the server enforces)' })
export class MeetingOutcomePermissions {
  @Field(() => Boolean, { description: 'Prepare and run polls, record notes, decisions and action items, answer and hide questions' })
  run!: boolean;

  @Field(() => Boolean, { description: 'Vote, ask and upvote' })
  takePart!: boolean;

  @Field(() => Boolean, { description: 'Generate, edit and publish the minutes (once it has ended)' })
  writeMinutes!: boolean;
}

@Resolver(() => MeetingNode)
export class MeetingOutcomeResolver {
  @FieldResolver(() => MeetingOutcomePermissions, { description: 'Polls, questions, decisions, action items and minutes' })
  viewerCanOutcomes(@Root() meeting: MeetingNode, @Ctx() { viewer }: Context): MeetingOutcomePermissions {
    const can = meetingOutcomeAbilities.permissions(viewer, meeting.access);
    const running = isRunning(meeting.access);
    return { run: can.run && running, takePart: can.takePart && running, writeMinutes: can.writeMinutes && meeting.status === 'ENDED' };
  }
}

/**
 * A mutation's answer: the item as the viewer now sees it, read through the same field resolver a query uses
 * (after the command, so the per-request loader is cleared first).
 */
export async function outcomeAnswer<T extends { id: string }>(
  ctx: Context,
  ref: OutcomeRef,
  list: (meeting: MeetingNode) => Promise<T[]>,
  what: string,
): Promise<T> {
  const meeting = await findMeeting(ctx.em, ctx.viewer, ref.meetingId);
  if (!meeting) throw new NotFound('The meeting');
  const found = (await list(meeting)).find((item) => item.id === ref.id);
  if (!found) throw new NotFound(what);
  return found;
}

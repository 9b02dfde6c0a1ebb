import { IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { addMeetingHost, removeMeetingHost } from './meeting-hosts.commands.js';
import { findMeeting } from './meeting.read.js';
import { MeetingNode } from './meeting.types.js';

@InputType({ description: 'A participant of a meeting whose co-hosting changes' })
export class MeetingHostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a valid id' })
  userId!: string;
}

@Resolver(() => MeetingNode)
export class MeetingHostsResolver {
  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: make an invited participant a co-host' })
  async addMeetingHost(@Ctx() ctx: Context, @Arg('input', () => MeetingHostInput) input: MeetingHostInput): Promise<MeetingNode> {
    return reread(ctx, await addMeetingHost(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Hosts: remove a co-host (never the last host); they stay a participant' })
  async removeMeetingHost(@Ctx() ctx: Context, @Arg('input', () => MeetingHostInput) input: MeetingHostInput): Promise<MeetingNode> {
    return reread(ctx, await removeMeetingHost(commandDeps(ctx), input));
  }
}

async function reread(ctx: Context, id: string): Promise<MeetingNode> {
  const meeting = await findMeeting(ctx.em, ctx.viewer, id);
  if (!meeting) throw new NotFound('The meeting');
  return meeting;
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { agendaOf, readAgenda, type AgendaJson } from './agenda.part.js';
import { MeetingAgenda } from './agenda.types.js';
import { endMeeting, startMeeting } from './meeting-run.commands.js';
import { readLiveState } from './meeting-live-state.read.js';
import { MeetingLiveState } from './meeting-live-state.types.js';
import { findMeeting } from './meeting.read.js';
import { MeetingNode } from './meeting.types.js';

/** The meeting as the viewer now sees it (with its live state): the answer of every live mutation. */
export async function liveAnswer(ctx: Context, id: string): Promise<MeetingNode> {
  const meeting = await findMeeting(ctx.em, ctx.viewer, id);
  if (!meeting) throw new NotFound('The meeting');
  return meeting;
}

@Resolver(() => MeetingNode)
export class MeetingRunResolver {
  @FieldResolver(() => MeetingLiveState, {
    description: 'Everything the live view shows, current to its `sequence` (one statement; read it on one meeting, not on lists)',
  })
  liveState(@Root() meeting: MeetingNode, @Ctx() { em, viewer }: Context): Promise<MeetingLiveState> {
    return readLiveState(em, viewer, meeting.access);
  }

  @FieldResolver(() => MeetingAgenda, { description: 'Its agenda, for planning (the live view reads `liveState.agenda`)' })
  agenda(@Root() meeting: MeetingNode, @Ctx() { em }: Context): Promise<MeetingAgenda> {
    return readAgenda(em, meeting.id);
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'A host starts the meeting: DRAFT (with a date) or SCHEDULED → LIVE; retry-safe' })
  async startMeeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<MeetingNode> {
    return liveAnswer(ctx, await startMeeting(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'A host ends a LIVE meeting (CONFLICT otherwise)' })
  async endMeeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<MeetingNode> {
    return liveAnswer(ctx, await endMeeting(commandDeps(ctx), id));
  }
}

@Resolver(() => MeetingLiveState)
export class MeetingLiveStateAgendaResolver {
  @FieldResolver(() => MeetingAgenda, { description: 'The agenda with the “now discussing” pointer and its timer' })
  agenda(@Root() state: MeetingLiveState): MeetingAgenda {
    return agendaOf(state.parts['agenda'] as AgendaJson, state.startsAt);
  }
}

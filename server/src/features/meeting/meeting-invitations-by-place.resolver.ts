import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { inviteContactPoints } from './meeting-invitations-by-place.commands.js';
import { InviteContactPointsInput } from './meeting-invitations-by-place.inputs.js';
import { contactPointPlaces, meetingCandidates, meetingPlanning } from './meeting-invitations-by-place.read.js';
import {
  ContactPointInvitationPayload,
  ContactPointPlace,
  MeetingCandidate,
  MeetingPlanning,
} from './meeting-invitations-by-place.types.js';
import { findMeeting } from './meeting.read.js';

/** Planning a meeting: where the viewer may plan, and inviting by place (the wizard's "who" step). */
@Resolver()
export class MeetingInvitationsByPlaceResolver {
  @Authorized()
  @Query(() => MeetingPlanning, { description: 'Where you may plan meetings' })
  meetingPlanning(@Ctx() { viewer }: Context): MeetingPlanning {
    return meetingPlanning(viewer);
  }

  @Authorized()
  @Query(() => [ContactPointPlace], { description: 'A country’s municipalities with their contact points, for inviting by place' })
  contactPointPlaces(@Ctx() { em }: Context, @Arg('countryCode', () => String) countryCode: string): Promise<ContactPointPlace[]> {
    return contactPointPlaces(em, countryCode);
  }

  @Authorized()
  @Query(() => [MeetingCandidate], { description: 'Members with an active account by name (at least 2 letters), to host or invite' })
  meetingCandidates(@Ctx() { em }: Context, @Arg('text', () => String) text: string): Promise<MeetingCandidate[]> {
    return meetingCandidates(em, text);
  }

  @Authorized()
  @Mutation(() => ContactPointInvitationPayload, {
    description: 'Invites the contact points of chosen municipalities in one step; names any municipality without one',
  })
  async inviteContactPoints(
    @Ctx() ctx: Context,
    @Arg('input', () => InviteContactPointsInput) input: InviteContactPointsInput,
  ): Promise<ContactPointInvitationPayload> {
    const outcome = await inviteContactPoints(commandDeps(ctx), input);
    const meeting = await findMeeting(ctx.em, ctx.viewer, outcome.meetingId);
    if (!meeting) throw new NotFound('The meeting');
    return { ...outcome, meeting };
  }
}

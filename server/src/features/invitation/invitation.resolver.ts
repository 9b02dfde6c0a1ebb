import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ref } from '@mikro-orm/core';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { commandDeps, limitedCommandDeps } from '../../core/outbox/command-deps.js';
import type { User } from '../user/user.entity.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { effectiveStatus } from './invitation-status.js';
import { Invitation } from './invitation.entity.js';
import { Approver, InvitationStatus } from './invitation.enums.js';
import { DeclineInvitationInput, InviteMemberInput, ProposeMemberInput } from './invitation.inputs.js';
import { approvableBy, awaitingApprovalBy, invitationPermissions, membershipAbilities, reviewedCountries } from './invitation.policy.js';
import { declineInvitation, resendInvitation } from './invitation-decision.commands.js';
import { approveInvitation, createInvitation, revokeInvitation } from './invitation.commands.js';
import { countAwaitingApproval, findInvitations } from './invitation.read.js';
import { InvitationPermissions } from './invitation.types.js';

export const InvitationConnection = ConnectionType('Invitation', Invitation);

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized()
  @Query(() => InvitationConnection, {
    description: 'Invitations and proposals, newest first: coordinators see their countries, admins all',
  })
  invitations(
    @Ctx() { em, viewer }: Context,
    @Arg('status', () => InvitationStatus, { nullable: true }) status: InvitationStatus | null | undefined,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    membershipAbilities.authorize(viewer, 'review');
    return findInvitations(em, reviewedCountries(viewer), status, page);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many invitations and proposals wait for approval that the viewer may approve' })
  pendingApprovalCount(@Ctx() { em, viewer }: Context): Promise<number> {
    membershipAbilities.authorize(viewer, 'review');
    return countAwaitingApproval(em, approvableBy(viewer));
  }

  @Authorized()
  @Mutation(() => Invitation, {
    description: "Coordinators and admins: sent at once when you vet that country's joiners, else it awaits approval",
  })
  inviteMember(@Ctx() ctx: Context, @Arg('input', () => InviteMemberInput) input: InviteMemberInput): Promise<Invitation> {
    membershipAbilities.authorize(ctx.viewer, 'invite');
    return createInvitation(limitedCommandDeps(ctx), { kind: 'INVITATION', input });
  }

  @Authorized()
  @Mutation(() => Invitation, { description: "Any member proposes a colleague; the country's coordinator approves" })
  proposeMember(@Ctx() ctx: Context, @Arg('input', () => ProposeMemberInput) input: ProposeMemberInput): Promise<Invitation> {
    membershipAbilities.authorize(ctx.viewer, 'propose');
    return createInvitation(limitedCommandDeps(ctx), { kind: 'PROPOSAL', input });
  }

  // Approve and revoke need the invitation to decide: the service loads it (locked) and authorizes.
  @Authorized()
  @Mutation(() => Invitation, { description: 'Sends an invitation that awaits approval: a link valid for 7 days' })
  approveInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return approveInvitation(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Withdraws a pending invitation; its link stops working' })
  revokeInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return revokeInvitation(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Turns down an invitation or proposal that awaits approval; its author is mailed' })
  declineInvitation(@Ctx() ctx: Context, @Arg('input', () => DeclineInvitationInput) input: DeclineInvitationInput): Promise<Invitation> {
    return declineInvitation(commandDeps(ctx), input.id, input.reason, input.confirmations);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Sends a sent or expired invitation again with a new link; the old link stops working' })
  resendInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return resendInvitation(commandDeps(ctx), id);
  }

  @FieldResolver(() => Approver, { nullable: true, description: 'Who approves it next; null once it is not waiting' })
  awaitingApprovalBy(@Root() invitation: Invitation): Approver | null {
    return awaitingApprovalBy(invitation);
  }

  @FieldResolver(() => InvitationStatus, { description: 'EXPIRED once a sent link is past its expiry' })
  status(@Root() invitation: Invitation): InvitationStatus {
    return effectiveStatus(invitation);
  }

  @FieldResolver(() => Country)
  country(@Root() invitation: Invitation): Promise<Country> {
    return invitation.country.loadOrFail();
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Null when the invitation creates a new organisation' })
  organisation(@Root() invitation: Invitation): Promise<Organisation | null> | null {
    return invitation.organisation?.load() ?? null;
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Who invited or proposed; null without a profile' })
  invitedBy(@Root() invitation: Invitation): Promise<Expert | null> {
    return expertOf(invitation.invitedBy);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Who let it go out; null while it awaits approval' })
  approvedBy(@Root() invitation: Invitation): Promise<Expert | null> {
    return expertOf(invitation.approvedBy);
  }

  @FieldResolver(() => InvitationPermissions)
  viewerCan(@Root() invitation: Invitation, @Ctx() { viewer }: Context): InvitationPermissions {
    return invitationPermissions(viewer, invitation);
  }
}

/** A member's profile through the ORM dataloader (two batched statements for a whole page); none once deleted. */
async function expertOf(ref: Ref<User> | null): Promise<Expert | null> {
  const user = await ref?.load();
  if (!user || user.deletedAt) return null;
  return (await user.expert?.load()) ?? null;
}

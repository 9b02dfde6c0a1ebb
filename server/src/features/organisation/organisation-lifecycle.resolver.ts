import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Unauthenticated } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { approveOrganisation, createOrganisation, declineOrganisation } from './organisation-creation.commands.js';
import { CloseOrganisationInput, CreateOrganisationInput, MergeOrganisationInput } from './organisation-lifecycle.inputs.js';
import { countApprovableProposals, findProposedOrganisations } from './organisation-proposals.read.js';
import { closeOrganisation, mergeOrganisation } from './organisation-retirement.commands.js';
import { confirmOrganisation } from './organisation.commands.js';
import { Organisation } from './organisation.entity.js';
import { organisationAbilities } from './organisation.policy.js';
import type { OrganisationView } from './organisation.view.js';

@Resolver(() => Organisation)
export class OrganisationLifecycleResolver {
  @Authorized()
  @Query(() => [Organisation], {
    description: 'Proposed organisations awaiting approval: your own, and for coordinators those of their countries',
  })
  proposedOrganisations(@Ctx() { em, viewer }: Context): Promise<Organisation[]> {
    if (!isMember(viewer)) throw new Unauthenticated();
    return findProposedOrganisations(em, viewer);
  }

  @Authorized()
  @Query(() => Int, {
    description: 'How many proposed organisations wait for your approval: coordinators count their countries’, admins all',
  })
  proposedOrganisationCount(@Ctx() { em, viewer }: Context): Promise<number> {
    if (!isMember(viewer)) throw new Unauthenticated();
    return countApprovableProposals(em, viewer);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Add an organisation (coordinators of its country) or propose one (any member)' })
  createOrganisation(@Ctx() ctx: Context, @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput) {
    return createOrganisation(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Approve a proposed organisation: coordinators of its country and admins' })
  approveOrganisation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return approveOrganisation(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Decline a proposed organisation (it is removed); the proposer is mailed the reason' })
  declineOrganisation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return declineOrganisation(commandDeps(ctx), id, reason);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Merge an organisation into another; its people are asked to move' })
  mergeOrganisation(@Ctx() ctx: Context, @Arg('input', () => MergeOrganisationInput) input: MergeOrganisationInput) {
    return mergeOrganisation(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Close an organisation; its history stays and its people are asked to move' })
  closeOrganisation(@Ctx() ctx: Context, @Arg('input', () => CloseOrganisationInput) input: CloseOrganisationInput) {
    return closeOrganisation(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Confirm that the organisation’s record is still true' })
  confirmOrganisation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return confirmOrganisation(commandDeps(ctx), id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it was merged into' })
  mergedInto(@Root() organisation: Organisation | OrganisationView, @Ctx() { em, viewer }: Context): Promise<Organisation | null> | null {
    if (!organisation.mergedIntoId) return null;
    return em.findOne(Organisation, organisation.mergedIntoId).then((o) => (o && organisationAbilities.can(viewer, 'see', o) ? o : null));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was proposed: for its proposer and approvers' })
  proposalReason(@Root() organisation: Organisation | OrganisationView, @Ctx() { viewer }: Context): string | null {
    return organisation.status === 'PROPOSED' && organisationAbilities.can(viewer, 'see', organisation)
      ? organisation.proposalReason
      : null;
  }
}

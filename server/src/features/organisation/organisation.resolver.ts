import { Collection } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { selectedFieldNames } from '../../core/lookahead.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { ExpertConnection } from '../expert/expert.resolver.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { findExperts } from '../expert/expert.read.js';
import { expertListReads } from '../expert/expert-reads.js';
import { Scope } from '../scope/scope.type.js';
import { OrganisationService } from './organisation-service.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs.js';
import { OrganisationPermissions } from './organisation-permissions.type.js';
import { organisationAbilities, organisationPermissions } from './organisation.policy.js';
import { updateOrganisation } from './organisation.commands.js';
import { findOrganisation, findOrganisations } from './organisation.read.js';
import type { OrganisationReads, OrganisationServiceView, OrganisationView } from './organisation.view.js';

/** Reads come from the read model (OrganisationView); mutations return the entity. */
type OrganisationNode = Organisation | OrganisationView;

export const OrganisationConnection = ConnectionType('Organisation', Organisation);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations of the network, by name' })
  organisations(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
  ) {
    return findOrganisations(em, viewer, filter, page, listReads(info));
  }

  @Query(() => Organisation, { nullable: true, description: 'Null when it does not exist or is not listed for you' })
  organisation(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<OrganisationView | null> {
    return findOrganisation(em, viewer, id);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Edit an organisation: its editors, coordinators of its country and admins' })
  updateOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return updateOrganisation(commandDeps(ctx), input);
  }

  @FieldResolver(() => Scope)
  scope(@Root() organisation: OrganisationNode): Scope {
    return organisation.scope;
  }

  @FieldResolver(() => OrganisationPermissions)
  viewerCan(@Root() organisation: OrganisationNode, @Ctx() { viewer }: Context): OrganisationPermissions {
    return organisationPermissions(viewer, organisation);
  }

  @FieldResolver(() => String, { nullable: true })
  website(@Root() organisation: OrganisationNode, @Ctx() { viewer }: Context): string | null {
    return organisationAbilities.can(viewer, 'seeWebsite', organisation) ? organisation.website : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Public phone, E.164 (+37167000000); for anyone who sees it' })
  phone(@Root() organisation: OrganisationNode, @Ctx() { viewer }: Context): string | null {
    return organisationAbilities.can(viewer, 'seePhone', organisation) ? organisation.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Public e-mail address; for anyone who sees it' })
  email(@Root() organisation: OrganisationNode, @Ctx() { viewer }: Context): string | null {
    return organisationAbilities.can(viewer, 'seeEmail', organisation) ? organisation.email : null;
  }

  @FieldResolver(() => [OrganisationService])
  async services(
    @Root() organisation: OrganisationNode,
    @Ctx() { em }: Context,
  ): Promise<(OrganisationService | OrganisationServiceView)[]> {
    if (organisation.services instanceof Collection) return (await organisation.services.load()).getItems();
    if (organisation.services) return organisation.services;
    // A view from another read model (an expert's organisation): its services through the ORM, batched.
    const entity = await em.getReference(Organisation, organisation.id, { wrapped: true }).loadOrFail();
    return (await entity.services.load()).getItems();
  }

  @FieldResolver(() => ExpertConnection, {
    nullable: true,
    description: 'The people of this organisation, by name; null for anonymous visitors',
  })
  experts(
    @Root() organisation: OrganisationNode,
    @Ctx() { em, loaders, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!directoryAbilities.can(viewer, 'seeExperts')) return null;
    const reads = expertListReads(info);
    // First pages are batched across a list of organisations; "load more" on one organisation pages directly.
    if (!page.after) return loaders.organisationExperts.load({ organisationId: organisation.id, first: page.first, reads });
    return findExperts(em, { organisationId: organisation.id }, page, reads);
  }
}

/** What the list's query reads of each organisation (edges' nodes; `nodes` is not part of the connection). */
function listReads(info: GraphQLResolveInfo): OrganisationReads {
  const node = selectedFieldNames(info, ['edges', 'node']);
  return {
    description: node.has('description'),
    services: node.has('services') ? selectedFieldNames(info, ['edges', 'node', 'services']) : null,
  };
}

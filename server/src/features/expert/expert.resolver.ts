import { Collection } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { expertListReads } from './expert-reads.js';
import { ContactVisibilitySettings, ExpertContacts, ExpertPermissions } from './expert-contacts.type.js';
import { directoryAbilities, expertAbilities } from './expert.policy.js';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { related } from '../../core/related.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { OrganisationView } from '../organisation/organisation.view.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import type { CountryView, MunicipalityView } from '../scope/place.view.js';
import { Expert } from './expert.entity.js';
import { ExpertFilter } from './expert.inputs.js';
import { findExpert, findExperts } from './expert.read.js';
import type { ExpertView, RoleView } from './expert.view.js';

export const ExpertConnection = ConnectionType('Expert', Expert);

/** The directory and the profile come from the read model (ExpertView); other features still hand over entities. */
type ExpertNode = Expert | ExpertView;

@Resolver(() => Expert)
export class ExpertResolver {
  @Authorized()
  @Query(() => ExpertConnection, {
    description: 'The expert directory (members only), by name; with a text filter, best match first, as the search ranks',
  })
  experts(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter?: ExpertFilter | null,
  ) {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findExperts(em, filter, page, expertListReads(info));
  }

  @Authorized()
  @Query(() => Expert, { nullable: true, description: 'An expert profile (members only)' })
  expert(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<ExpertView | null> {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findExpert(em, id);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() expert: ExpertNode): Promise<Organisation> | OrganisationView {
    return related(expert.organisation);
  }

  @FieldResolver(() => Country)
  country(@Root() expert: ExpertNode): Promise<Country> | CountryView {
    return related(expert.country);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() expert: ExpertNode): Promise<Municipality> | MunicipalityView | null {
    return expert.municipality && related(expert.municipality);
  }

  @FieldResolver(() => ExpertContacts)
  contacts(@Root() expert: ExpertNode, @Ctx() { viewer }: Context): ExpertContacts {
    const can = expertAbilities.permissions(viewer, expert);
    return {
      email: can.seeEmail ? expert.email : null,
      phone: can.seePhone ? expert.phone : null,
      messagingHandle: can.seeMessagingHandle ? expert.messagingHandle : null,
    };
  }

  @FieldResolver(() => ContactVisibilitySettings, { nullable: true, description: "Only on the viewer's own profile" })
  contactVisibility(@Root() expert: ExpertNode, @Ctx() { viewer }: Context): ContactVisibilitySettings | null {
    if (!expertAbilities.can(viewer, 'edit', expert)) return null;
    return { email: expert.emailVisibility, phone: expert.phoneVisibility, messagingHandle: expert.messagingHandleVisibility };
  }

  @FieldResolver(() => ExpertPermissions)
  viewerCan(@Root() expert: ExpertNode, @Ctx() { viewer }: Context): ExpertPermissions {
    return expertAbilities.permissions(viewer, expert);
  }

  @FieldResolver(() => [RoleAssignment])
  async roles(@Root() expert: ExpertNode): Promise<(RoleAssignment | RoleView)[]> {
    return expert.roles instanceof Collection ? (await expert.roles.load()).getItems() : expert.roles;
  }
}

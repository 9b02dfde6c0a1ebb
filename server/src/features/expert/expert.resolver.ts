import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ContactVisibilitySettings, ExpertContacts, ExpertPermissions } from './expert-contacts.type.js';
import { directoryAbilities, expertAbilities } from './expert.policy.js';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import { Expert } from './expert.entity.js';
import { ExpertFilter } from './expert.inputs.js';
import { findExpert, findExperts } from './expert.service.js';

export const ExpertConnection = ConnectionType('Expert', Expert);

@Resolver(() => Expert)
export class ExpertResolver {
  @Authorized()
  @Query(() => ExpertConnection, {
    description: 'The expert directory (members only), by name; with a text filter, best match first, as the search ranks',
  })
  experts(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter?: ExpertFilter | null,
  ) {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findExperts(em, filter, page);
  }

  @Authorized()
  @Query(() => Expert, { nullable: true, description: 'An expert profile (members only)' })
  expert(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<Expert | null> {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findExpert(em, id);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() expert: Expert): Promise<Organisation> {
    return expert.organisation.loadOrFail();
  }

  @FieldResolver(() => Country)
  country(@Root() expert: Expert): Promise<Country> {
    return expert.country.loadOrFail();
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() expert: Expert): Promise<Municipality | null> | null {
    return expert.municipality?.load() ?? null;
  }

  @FieldResolver(() => ExpertContacts)
  contacts(@Root() expert: Expert, @Ctx() { viewer }: Context): ExpertContacts {
    const can = expertAbilities.permissions(viewer, expert);
    return {
      email: can.seeEmail ? expert.email : null,
      phone: can.seePhone ? expert.phone : null,
      messagingHandle: can.seeMessagingHandle ? expert.messagingHandle : null,
    };
  }

  @FieldResolver(() => ContactVisibilitySettings, { nullable: true, description: "Only on the viewer's own profile" })
  contactVisibility(@Root() expert: Expert, @Ctx() { viewer }: Context): ContactVisibilitySettings | null {
    if (!expertAbilities.can(viewer, 'edit', expert)) return null;
    return { email: expert.emailVisibility, phone: expert.phoneVisibility, messagingHandle: expert.messagingHandleVisibility };
  }

  @FieldResolver(() => ExpertPermissions)
  viewerCan(@Root() expert: Expert, @Ctx() { viewer }: Context): ExpertPermissions {
    return expertAbilities.permissions(viewer, expert);
  }

  @FieldResolver(() => [RoleAssignment])
  async roles(@Root() expert: Expert): Promise<RoleAssignment[]> {
    return (await expert.roles.load()).getItems();
  }
}

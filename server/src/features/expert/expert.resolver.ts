import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
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
  @Query(() => ExpertConnection, { description: 'The expert directory, by name' })
  experts(
    @Ctx() { em }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter?: ExpertFilter | null,
  ) {
    return findExperts(em, filter, page);
  }

  @Query(() => Expert, { nullable: true })
  expert(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Expert | null> {
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

  @FieldResolver(() => [RoleAssignment])
  async roles(@Root() expert: Expert): Promise<RoleAssignment[]> {
    return (await expert.roles.load()).getItems();
  }
}

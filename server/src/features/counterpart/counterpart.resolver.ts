import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Expert } from '../expert/expert.entity.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { CounterpartArgs } from './counterpart.inputs.js';
import { findCounterparts } from './counterpart.service.js';
import { Counterpart } from './counterpart.types.js';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @Authorized()
  @Query(() => [Counterpart], {
    description: 'Experts holding the same role in the chain near a place, ranked, each with why (members only)',
  })
  counterparts(@Ctx() { em, viewer }: Context, @Args(() => CounterpartArgs) args: CounterpartArgs): Promise<Counterpart[]> {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findCounterparts(em, args);
  }

  /** Through the ORM dataloader: one statement for all counterparts, and the Expert resolvers apply contact visibility. */
  @FieldResolver(() => Expert)
  expert(@Root() counterpart: Counterpart): Promise<Expert> {
    return counterpart.roleAssignment.expert.loadOrFail();
  }
}

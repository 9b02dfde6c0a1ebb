import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Expert } from '../expert/expert.entity.js';
import type { ExpertView } from '../expert/expert.view.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { CounterpartArgs } from './counterpart.inputs.js';
import { findCounterparts } from './counterpart.service.js';
import { Counterpart, type CounterpartView } from './counterpart.types.js';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @Authorized()
  @Query(() => [Counterpart], {
    description: 'Experts holding the same role in the chain near a place, ranked, each with why (members only)',
  })
  counterparts(@Ctx() { em, viewer }: Context, @Args(() => CounterpartArgs) args: CounterpartArgs): Promise<CounterpartView[]> {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return findCounterparts(em, args);
  }

  /** One statement for all counterparts (the read model's loader); the Expert resolvers apply contact visibility. */
  @FieldResolver(() => Expert)
  async expert(@Root() counterpart: CounterpartView, @Ctx() { loaders }: Context): Promise<ExpertView> {
    const expert = await loaders.expertById.load(counterpart.expertId);
    // The ranking joined the expert a moment ago; a row deleted since is a broken invariant, not an empty answer.
    if (!expert) throw new Error(`counterpart expert ${counterpart.expertId} vanished`);
    return expert;
  }
}

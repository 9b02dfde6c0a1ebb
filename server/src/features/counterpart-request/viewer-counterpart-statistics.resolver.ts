import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import { ViewerPermissions } from '../user/signed-in-viewer.type.js';
import { counterpartStatistics } from './counterpart-request.policy.js';

/** `viewer.can.seeCounterpartStatistics`: the statistics query's own rule, so the link shows exactly to whom it answers. */
@Resolver(() => ViewerPermissions)
export class ViewerCounterpartStatisticsResolver {
  @FieldResolver(() => Boolean, { description: 'TF-THB members, coordinators and admins see the counterpart request statistics' })
  async seeCounterpartStatistics(@Root() { member }: ViewerPermissions, @Ctx() { em }: Context): Promise<boolean> {
    // Network roles decide without a query; only other members are looked up for a TF-THB seat.
    if (counterpartStatistics.can(member, 'read', { taskForce: false })) return true;
    return counterpartStatistics.can(member, 'read', await pathwayReaderFacts(em, member));
  }
}

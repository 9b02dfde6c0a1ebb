import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ViewerPermissions } from '../user/signed-in-viewer.type.js';
import { canSeeCoverage } from './coverage.policy.js';
import { holdsTaskForceSeat } from './coverage.service.js';

/** `viewer.can.seeCoverage`: the same rule as the coverage query, so TF-THB members find the page too. */
@Resolver(() => ViewerPermissions)
export class ViewerCoverageResolver {
  @FieldResolver(() => Boolean, { description: 'Coordinators, admins and TF-THB members see the coverage view' })
  async seeCoverage(@Root() { member }: ViewerPermissions, @Ctx() { em }: Context): Promise<boolean> {
    // Network roles decide without a query; only other members are looked up for a TF-THB seat.
    if (canSeeCoverage(member, false)) return true;
    return holdsTaskForceSeat(em, member.expertId);
  }
}

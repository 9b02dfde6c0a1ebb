import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ViewerPermissions } from '../user/signed-in-viewer.type.js';
import { coverageAbilities, WITHOUT_SEAT } from './coverage.policy.js';
import { holdsTaskForceSeat } from './coverage.service.js';

/** `viewer.can.seeCoverage`: the same rule as the coverage query, so TF-THB members find the page too. */
@Resolver(() => ViewerPermissions)
export class ViewerCoverageResolver {
  @FieldResolver(() => Boolean, { description: 'Coordinators, admins and TF-THB members see the coverage view' })
  async seeCoverage(@Root() { member }: ViewerPermissions, @Ctx() { em }: Context): Promise<boolean> {
    // Network roles decide without a query; only other members are looked up for a TF-THB seat.
    if (coverageAbilities.can(member, 'see', WITHOUT_SEAT)) return true;
    return coverageAbilities.can(member, 'see', { taskForceSeat: await holdsTaskForceSeat(em, member.expertId) });
  }
}

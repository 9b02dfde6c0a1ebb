import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { coverageAbilities } from './coverage.policy.js';
import { findCoverage, holdsTaskForceSeat } from './coverage.service.js';
import { Coverage } from './coverage.types.js';
import { MunicipalityCount } from './municipality-count.type.js';
import { findMunicipalityCounts } from './municipality-counts.service.js';

@Resolver()
export class CoverageResolver {
  @Query(() => [MunicipalityCount], {
    description:
      'Per municipality: organisations (anonymous: publicly listed only) and, for members, experts and whether a contact point exists. All municipalities of the filter, including empty ones.',
  })
  municipalityCounts(
    @Ctx() { em, viewer }: Context,
    @Arg('countryCode', () => String, { nullable: true }) countryCode?: string | null,
  ): Promise<MunicipalityCount[]> {
    return findMunicipalityCounts(em, viewer, countryCode);
  }

  @Authorized()
  @Query(() => Coverage, { description: 'Coverage for coordinators, admins and TF-THB members' })
  async coverage(@Ctx() { em, viewer }: Context): Promise<Coverage> {
    const taskForceSeat = isMember(viewer) && (await holdsTaskForceSeat(em, viewer.expertId));
    coverageAbilities.authorize(viewer, 'see', { taskForceSeat });
    return findCoverage(em);
  }
}

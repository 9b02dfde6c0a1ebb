import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ExpertFilter } from '../expert/expert.inputs.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { OrganisationFilter } from '../organisation/organisation.inputs.js';
import { expertFacets } from './expert-facets.service.js';
import { ExpertFacets, OrganisationFacets } from './facets.types.js';
import { organisationFacets } from './organisation-facets.service.js';

@Resolver()
export class FacetsResolver {
  @Authorized()
  @Query(() => ExpertFacets, {
    description:
      'Counts per facet value for the expert directory under this filter; each facet ignores its own dimension. Anonymous: Unauthenticated (experts are members-only)',
  })
  expertFacets(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter?: ExpertFilter | null,
  ): Promise<ExpertFacets> {
    directoryAbilities.authorize(viewer, 'seeExperts');
    return expertFacets(em, filter);
  }

  @Query(() => OrganisationFacets, {
    description: 'Same for the organisation directory (anonymous: publicly listed organisations only)',
  })
  organisationFacets(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
  ): Promise<OrganisationFacets> {
    return organisationFacets(em, viewer, filter);
  }
}

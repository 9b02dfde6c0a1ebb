import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { OrganisationService } from './organisation-service.entity.js';
import { organisationAbilities } from './organisation.policy.js';
import type { OrganisationServiceView } from './organisation.view.js';
import { related } from '../../core/related.js';

type ServiceNode = OrganisationService | OrganisationServiceView;

/**
 * A service's contact fields, each under its row of the organisation's ability table. The organisation is
 * the one the service was listed under, already loaded (or the read model's parent view): no query per service.
 */
@Resolver(() => OrganisationService)
export class OrganisationServiceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The number to call, E.164; public like the organisation' })
  async hotline(@Root() service: ServiceNode, @Ctx() { viewer }: Context): Promise<string | null> {
    const organisation = await related(service.organisation);
    return organisationAbilities.can(viewer, 'seeServiceHotlines', organisation) ? service.hotline : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where it is delivered: members only; a safe-accommodation address only its editors',
  })
  async address(@Root() service: ServiceNode, @Ctx() { viewer }: Context): Promise<string | null> {
    const organisation = await related(service.organisation);
    const rule = service.kind === 'SAFE_ACCOMMODATION' ? 'seeSafeAccommodationAddresses' : 'seeServiceAddresses';
    return organisationAbilities.can(viewer, rule, organisation) ? service.address : null;
  }
}

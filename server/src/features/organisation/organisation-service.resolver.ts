import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { OrganisationService } from './organisation-service.entity.js';
import { organisationAbilities } from './organisation.policy.js';

/**
 * A service's contact fields, each under its row of the organisation's ability table. The organisation is
 * the one the service was listed under, already loaded: no query per service.
 */
@Resolver(() => OrganisationService)
export class OrganisationServiceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The number to call, E.164; public like the organisation' })
  async hotline(@Root() service: OrganisationService, @Ctx() { viewer }: Context): Promise<string | null> {
    const organisation = await service.organisation.load();
    return organisation && organisationAbilities.can(viewer, 'seeServiceHotlines', organisation) ? service.hotline : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where it is delivered: members only; a safe-accommodation address only its editors',
  })
  async address(@Root() service: OrganisationService, @Ctx() { viewer }: Context): Promise<string | null> {
    const organisation = await service.organisation.load();
    const rule = service.kind === 'SAFE_ACCOMMODATION' ? 'seeSafeAccommodationAddresses' : 'seeServiceAddresses';
    return organisation && organisationAbilities.can(viewer, rule, organisation) ? service.address : null;
  }
}

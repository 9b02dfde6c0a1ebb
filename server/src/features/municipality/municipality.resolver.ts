import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { parseCountryCode } from '../../core/ids.js';
import { Country } from '../country/country.entity.js';
import type { MunicipalityView } from '../scope/place.view.js';
import { Municipality } from './municipality.entity.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'Municipalities by name, optionally of one country' })
  municipalities(
    @Ctx() { em }: Context,
    @Arg('countryCode', () => String, { nullable: true }) countryCode?: string | null,
  ): Promise<Municipality[]> {
    const where = countryCode ? { country: parseCountryCode(countryCode, 'countryCode') } : {};
    return em.find(Municipality, where, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Country)
  country(@Root() municipality: Municipality | MunicipalityView, @Ctx() { em }: Context): Promise<Country> {
    // A read model's view carries the key; either way the request's identity map and dataloader serve it.
    if ('countryCode' in municipality) return em.getReference(Country, municipality.countryCode, { wrapped: true }).loadOrFail();
    return municipality.country.loadOrFail();
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import type { CountryView, MunicipalityView } from './place.view.js';
import { Scope } from './scope.type.js';

@Resolver(() => Scope)
export class ScopeResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() scope: Scope, @Ctx() { em }: Context): Promise<Country | null> | CountryView | null {
    if (scope.places) return scope.places.country;
    // By key through the request's identity map: a place already loaded costs nothing, the rest are batched.
    return scope.countryCode ? em.getReference(Country, scope.countryCode, { wrapped: true }).load() : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() scope: Scope, @Ctx() { em }: Context): Promise<Municipality | null> | MunicipalityView | null {
    if (scope.places) return scope.places.municipality;
    return scope.municipalityId ? em.getReference(Municipality, scope.municipalityId, { wrapped: true }).load() : null;
  }
}

import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Scope } from './scope.type.js';

@Resolver(() => Scope)
export class ScopeResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() scope: Scope): Promise<Country | null> | null {
    return scope.countryRef?.load() ?? null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() scope: Scope): Promise<Municipality | null> | null {
    return scope.municipalityRef?.load() ?? null;
  }
}

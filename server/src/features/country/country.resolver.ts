import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Country } from './country.entity.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'The countries of the region, by name' })
  countries(@Ctx() { em }: Context): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { name: 'asc' } });
  }
}

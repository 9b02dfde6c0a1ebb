import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { SearchArgs } from './search.inputs.js';
import { search } from './search.service.js';
import { SearchResults } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      'Experts (members only) and organisations (anonymous: publicly listed only), ranked; prefix-matches the last word while typing',
  })
  search(@Ctx() { em, viewer }: Context, @Args(() => SearchArgs) { query, first }: SearchArgs): Promise<SearchResults> {
    return search(em, viewer, query, first);
  }
}

import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** Later slices add threads and resources to the same union, so one search box keeps one root field. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Something the search found',
  types: () => [Expert, Organisation] as const,
  resolveType: (value) => (value instanceof Expert ? Expert : Organisation),
});

@ObjectType({ description: 'One search result with its relevance' })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; exact name matches score above 1' })
  score!: number;

  @Field(() => SearchResult)
  node!: Expert | Organisation;
}

@ObjectType({ description: 'The best hits of a search across kinds, and how many matched of each kind' })
export class SearchResults {
  @Field(() => [SearchHit])
  hits!: SearchHit[];

  @Field(() => Int, { description: 'Experts matching in all; always 0 for anonymous visitors' })
  expertCount!: number;

  @Field(() => Int, { description: 'Organisations matching in all that you may see' })
  organisationCount!: number;
}

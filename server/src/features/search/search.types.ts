import { SEARCH_POST_COUNT_MAX } from '@strom/shared';
import { createUnionType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ResourceMatch } from '../resource/resource-match.type.js';

/** A forum thread the search found, by its title or tags; read at `/t/<id>`. */
@ObjectType({ description: 'A forum thread the search found by its title or tags' })
export class ThreadMatch {
  @Field(() => ID, { description: 'The thread, read at /t/<id>' })
  id!: string;

  @Field(() => String, { description: "The thread's title (named so as not to clash with an expert's optional `title` in the union)" })
  threadTitle!: string;

  @Field(() => String, { description: "The title of the thread's forum" })
  forumTitle!: string;

  @Field(() => Date)
  lastPostAt!: Date;
}

/** A forum post the search found by its words; read at `/t/<threadId>#post-<id>`. */
@ObjectType({ description: 'A forum post the search found by its words' })
export class PostMatch {
  @Field(() => ID, { description: 'The post, read at /t/<threadId>#post-<id>' })
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => String)
  threadTitle!: string;

  @Field(() => String)
  forumTitle!: string;

  @Field(() => Int, { description: 'Its place in the thread: 1, 2, 3…' })
  position!: number;

  @Field(() => String, {
    description: 'Plain text around the words found (no markup); for anonymous visitors from the public text, which names nobody',
  })
  snippet!: string;

  @Field(() => Date)
  createdAt!: Date;
}

/** One search box, one root field: each slice adds its kinds to this union. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Something the search found',
  types: () => [Expert, Organisation, ThreadMatch, PostMatch, ResourceMatch] as const,
  resolveType: (value) =>
    value instanceof Expert
      ? Expert
      : value instanceof Organisation
        ? Organisation
        : value instanceof ThreadMatch
          ? ThreadMatch
          : value instanceof ResourceMatch
            ? ResourceMatch
            : PostMatch,
});

export type SearchNode = Expert | Organisation | ThreadMatch | PostMatch | ResourceMatch;

@ObjectType({ description: 'One search result with its relevance' })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; exact name matches score above 1' })
  score!: number;

  @Field(() => SearchResult)
  node!: SearchNode;
}

@ObjectType({ description: 'The best hits of a search across kinds, and how many matched of each kind' })
export class SearchResults {
  @Field(() => [SearchHit])
  hits!: SearchHit[];

  @Field(() => Int, { description: 'Experts matching in all; always 0 for anonymous visitors' })
  expertCount!: number;

  @Field(() => Int, { description: 'Organisations matching in all that you may see' })
  organisationCount!: number;

  @Field(() => Int, { description: 'Forum threads matching in all, in forums you may read' })
  threadCount!: number;

  @Field(() => Int, {
    description: `Forum posts matching that you may read, counted up to ${SEARCH_POST_COUNT_MAX} (more read as ${SEARCH_POST_COUNT_MAX})`,
  })
  postCount!: number;

  @Field(() => Int, { description: 'Library resources matching that you may read' })
  resourceCount!: number;
}

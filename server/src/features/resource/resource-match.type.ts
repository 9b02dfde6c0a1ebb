import type { ResourceKind as KindKey } from '@strom/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { ResourceKind } from './resource.enums.js';

/** A library resource the search found by its words (title, summary, tags, publisher, a file's text); read at `/library/<id>`. */
@ObjectType({ description: 'A library resource the search found by its words or the text of its file' })
export class ResourceMatch {
  @Field(() => ID, { description: 'The resource, read at /library/<id>' })
  id!: string;

  @Field(() => String, { description: "The resource's title (named so as not to clash with an expert's optional `title` in the union)" })
  resourceTitle!: string;

  @Field(() => ResourceKind)
  kind!: KindKey;

  @Field(() => String, { nullable: true, description: 'Its summary, or the words around the match in its text' })
  excerpt!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

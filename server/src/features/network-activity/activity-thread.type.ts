import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A new thread of a PUBLIC or NETWORK forum, as the activity feed links to it' })
export class ActivityThread {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  forumSlug!: string;

  @Field(() => String)
  forumTitle!: string;
}

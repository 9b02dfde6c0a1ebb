import type { ReactionKind as ReactionKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReactionKind } from './forum.enums.js';
import type { ForumSubject } from './forum.policy.js';

// simpleResolvers: plain fields take graphql's default resolver rather than one running the global middlewares
// (they have no arguments for them to check); a thread page of 50 posts resolves some 1,500 such fields.
@ObjectType({ description: 'Who wrote a post, as much as you may know', simpleResolvers: true })
export class PostAuthor {
  @Field(() => ID, { nullable: true, description: 'Their expert profile; null for anonymous readers and former members' })
  expertId!: string | null;

  @Field(() => String, { description: '"Former member" for deleted accounts; "A network member" for anonymous readers' })
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => Boolean, { description: 'The account was deleted' })
  former!: boolean;

  @Field(() => Boolean, { description: 'The account is suspended; its posts stay' })
  suspended!: boolean;
}

@ObjectType({ description: 'How often one reaction was given to a post, and whether by you', simpleResolvers: true })
export class ReactionCount {
  @Field(() => ReactionKind)
  kind!: ReactionKey;

  @Field(() => Int)
  count!: number;

  @Field(() => Boolean)
  mine!: boolean;
}

@ObjectType({ description: 'What you may do with a post', simpleResolvers: true })
export class PostPermissions {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  delete!: boolean;

  @Field(() => Boolean)
  react!: boolean;

  @Field(() => Boolean)
  flag!: boolean;

  @Field(() => Boolean)
  seeHistory!: boolean;

  @Field(() => Boolean)
  moderate!: boolean;
}

@ObjectType({ description: 'The post answered, in short', simpleResolvers: true })
export class PostReference {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => PostAuthor)
  author!: PostAuthor;
}

@ObjectType('Post', {
  description: 'One post of a thread. A removed, hidden or purged post keeps its place without its text',
  simpleResolvers: true,
})
export class PostNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => Int, { description: '1 for the opening post, then 2, 3…' })
  position!: number;

  @Field(() => PostAuthor)
  author!: PostAuthor;

  @Field(() => String, {
    nullable: true,
    description:
      'Sanitised HTML; null when removed, hidden (but for moderators) or purged. A library resource shows its title only to readers of the resource',
  })
  html!: string | null;

  @Field(() => String, { nullable: true, description: 'The markdown source: for its author (to edit) and moderators' })
  source!: string | null;

  @Field(() => PostReference, { nullable: true })
  replyTo!: PostReference | null;

  @Field(() => [ID], { description: 'Posts it quotes' })
  quotes!: string[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Boolean)
  edited!: boolean;

  @Field(() => Boolean, { description: 'Removed by its author or a moderator: shown as "post removed"' })
  removed!: boolean;

  @Field(() => Boolean, { description: 'Hidden by a moderator' })
  hidden!: boolean;

  @Field(() => Boolean, { description: 'Its text was wiped by a moderator' })
  purged!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => [ReactionCount])
  reactions!: ReactionCount[];

  /** The rules' subject, for `viewerCan` and `history`; not a GraphQL field. */
  subject!: ForumSubject;
}

@ObjectType({ description: "An earlier text of a post (its author's and moderators' view)", simpleResolvers: true })
export class PostRevisionNode {
  @Field(() => Int)
  version!: number;

  @Field(() => String)
  source!: string;

  @Field(() => Date)
  createdAt!: Date;
}

import type { ForumVisibility as ForumVisibilityKey, Level as LevelKey, WatchLevel as WatchLevelKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Level } from '../vocabulary/vocabulary.enums.js';
import type { ForumAccess } from './forum-access.js';
import { ForumVisibility, WatchLevel } from './forum.enums.js';

@ObjectType({ description: 'What you may do in a forum (from the same table the server enforces)', simpleResolvers: true })
export class ForumPermissions {
  @Field(() => Boolean)
  startThread!: boolean;

  @Field(() => Boolean)
  moderate!: boolean;

  @Field(() => Boolean)
  manage!: boolean;

  @Field(() => Boolean)
  manageMembers!: boolean;
}

/** A forum as the read models return it: plain data, shaped like the GraphQL type. */
@ObjectType('Forum', { description: 'A place to talk, by topic and scope', simpleResolvers: true })
export class ForumNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Level)
  level!: LevelKey;

  @Field(() => String, { nullable: true, description: 'ISO code of its country (NATIONAL and LOCAL forums)' })
  countryCode!: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => ForumVisibility)
  visibility!: ForumVisibilityKey;

  @Field(() => Int, { description: 'Threads in it' })
  threadCount!: number;

  @Field(() => Date, { nullable: true, description: 'When its latest post was written' })
  lastPostAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Unread posts in threads you have opened; null for anonymous visitors' })
  unreadCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Threads started since your last visit that you have not opened; null for anonymous visitors',
  })
  newThreadCount!: number | null;

  @Field(() => WatchLevel, { nullable: true, description: 'Your watch level here; null for anonymous visitors' })
  watchLevel!: WatchLevelKey | null;

  @Field(() => Int)
  version!: number;

  /** For `viewerCan` and nested rules; not a GraphQL field. */
  access!: ForumAccess;
}

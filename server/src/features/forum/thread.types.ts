import type { WatchLevel as WatchLevelKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ForumNode } from './forum.types.js';
import { WatchLevel } from './forum.enums.js';
import type { ForumSubject } from './forum.policy.js';
import type { ConnectionShape } from '../../core/connection.js';
import type { PostPage } from './post.read.js';
import { PostAuthor, type PostNode } from './post.types.js';

@ObjectType({ description: 'What you may do in a thread', simpleResolvers: true })
export class ThreadPermissions {
  @Field(() => Boolean)
  reply!: boolean;

  @Field(() => Boolean)
  markSolved!: boolean;

  @Field(() => Boolean)
  moderate!: boolean;
}

@ObjectType({ description: 'Your unsent reply, kept on the server', simpleResolvers: true })
export class Draft {
  @Field(() => String)
  source!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('Thread', { description: 'A conversation in a forum', simpleResolvers: true })
export class ThreadNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  forumId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Boolean)
  pinned!: boolean;

  @Field(() => Boolean)
  locked!: boolean;

  @Field(() => Boolean)
  closed!: boolean;

  @Field(() => ID, { nullable: true, description: 'The post marked as the answer' })
  solvedPostId!: string | null;

  @Field(() => PostAuthor)
  author!: PostAuthor;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  lastPostAt!: Date;

  @Field(() => Int)
  postCount!: number;

  @Field(() => Int, { nullable: true, description: 'Posts after the last one you read; null for anonymous visitors' })
  unreadCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Position of the last post you read' })
  lastReadPosition!: number | null;

  @Field(() => Int)
  version!: number;

  /** The rules' subject; not a GraphQL field. */
  subject!: ForumSubject;
}

/** The thread page: the thread with its forum and what the viewer keeps there. */
@ObjectType('ThreadPage', { description: 'A thread with its forum and your read state, draft and watch level', simpleResolvers: true })
export class ThreadPage extends ThreadNode {
  @Field(() => ForumNode)
  forum!: ForumNode;

  @Field(() => String, { nullable: true, description: 'The cursor to pass as `posts(after:)` to start at your first unread post' })
  firstUnreadCursor!: string | null;

  @Field(() => Draft, { nullable: true })
  draft!: Draft | null;

  @Field(() => WatchLevel, { nullable: true })
  watchLevel!: WatchLevelKey | null;

  @Field(() => String, { description: 'Pass as `threadChanged(after:)` to get every change made since this page was read' })
  changesCursor!: string;

  /** The page of posts the query asked for, read in the thread's own statement; not a GraphQL field. */
  prefetchedPosts?: { page: PostPage; connection: ConnectionShape<PostNode> } | null;
}

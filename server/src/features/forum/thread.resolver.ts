import type { GraphQLResolveInfo } from 'graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@strom/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, type ConnectionShape } from '../../core/connection.js';
import { BadUserInput, NotFound } from '../../core/errors.js';
import { selectedChildArgs, selectedFieldNames } from '../../core/lookahead.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { ThreadModeration, type ThreadModerationKey } from './forum.enums.js';
import { forumAbilities } from './forum.policy.js';
import { findForum } from './forum.read.js';
import { ForumNode } from './forum.types.js';
import { markSolved, moderateThread } from './moderation.commands.js';
import { findPost, findPosts, pageColumns, postPage } from './post.read.js';
import { FORUM_COUNT_FIELDS } from './forum-row.js';
import { PostNode } from './post.types.js';
import { discardDraft, markRead, saveDraft, setWatchLevel } from './reading.commands.js';
import { MarkReadInput, SaveDraftInput, SetWatchLevelInput } from './reading.inputs.js';
import { mergeThreads, moveThread } from './thread-admin.commands.js';
import { addPost, createThread } from './thread.commands.js';
import { AddPostInput, CreateThreadInput, MergeThreadsInput, MoveThreadInput, ReasonInput } from './thread.inputs.js';
import { findThread } from './thread.read.js';
import { ThreadNode, ThreadPage, ThreadPermissions } from './thread.types.js';
import { postAnswer } from './post.resolver.js';

export const PostConnection = ConnectionType('Post', PostNode);

/** The thread as the viewer now reads it: the answer of every thread mutation. */
export async function threadAnswer(ctx: Context, id: string): Promise<ThreadPage> {
  const thread = await findThread(ctx.em, ctx.viewer, id);
  if (!thread) throw new NotFound('The thread');
  return thread;
}

@ObjectType({ description: 'What a watch level was set on' })
export class WatchTarget {
  @Field(() => ThreadPage, { nullable: true })
  thread!: ThreadPage | null;

  @Field(() => ForumNode, { nullable: true })
  forum!: ForumNode | null;
}

function threadPermissions(viewer: Context['viewer'], thread: ThreadNode): ThreadPermissions {
  const can = forumAbilities.permissions(viewer, thread.subject);
  return { reply: can.reply, markSolved: can.markSolved, moderate: can.moderate };
}

@Resolver(() => ThreadNode)
export class ThreadFieldsResolver {
  @FieldResolver(() => ThreadPermissions)
  viewerCan(@Root() thread: ThreadNode, @Ctx() { viewer }: Context): ThreadPermissions {
    return threadPermissions(viewer, thread);
  }
}

@Resolver(() => ThreadPage)
export class ThreadResolver {
  @Query(() => ThreadPage, { nullable: true, description: 'Null when it does not exist or you may not read its forum' })
  thread(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<ThreadPage | null> {
    // The page of posts the query selects is read in the thread's statement: one round trip for the page, and
    // only the columns the query can read.
    const posts = selectedChildArgs(info, 'posts');
    const forumFields = selectedFieldNames(info, ['forum']);
    return findThread(em, viewer, id, posts ? postPage(posts) : null, {
      forumCounts: FORUM_COUNT_FIELDS.some((field) => forumFields.has(field)),
      post: pageColumns(viewer, selectedFieldNames(info, ['posts', 'edges', 'node'])),
    });
  }

  // Plain arguments, checked by postPage, rather than a validated ConnectionArgs class: the same schema, without
  // a class-validator pass on every thread page.
  @FieldResolver(() => PostConnection, { description: 'In order; `after` is a cursor (a post position) you were given' })
  posts(
    @Root() thread: ThreadPage,
    @Ctx() { em, viewer }: Context,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `At most ${PAGE_SIZE_MAX}` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page' }) after?: string | null,
  ): ConnectionShape<PostNode> | Promise<ConnectionShape<PostNode>> {
    const page = postPage({ first, after });
    if (!page) {
      if (first < 1) throw BadUserInput.field('first', 'first must be at least 1');
      if (first > PAGE_SIZE_MAX) throw BadUserInput.field('first', `first must be at most ${PAGE_SIZE_MAX}`);
      throw BadUserInput.field('after', 'after is not a valid cursor');
    }
    const prefetched = thread.prefetchedPosts;
    if (prefetched && prefetched.page.first === page.first && prefetched.page.after === page.after) return prefetched.connection;
    return findPosts(em, viewer, thread, page);
  }

  @FieldResolver(() => ThreadPermissions)
  viewerCan(@Root() thread: ThreadPage, @Ctx() { viewer }: Context): ThreadPermissions {
    return threadPermissions(viewer, thread);
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: 'A new thread with its first post; a retry with the same clientId returns the same thread' })
  async createThread(@Ctx() ctx: Context, @Arg('input', () => CreateThreadInput) input: CreateThreadInput): Promise<ThreadPage> {
    return threadAnswer(ctx, (await createThread(commandDeps(ctx), input)).threadId);
  }

  @Authorized()
  @Mutation(() => PostNode, { description: 'A reply; a retry with the same clientId returns the same post' })
  async addPost(@Ctx() ctx: Context, @Arg('input', () => AddPostInput) input: AddPostInput): Promise<PostNode> {
    const { postId, subject } = await addPost(commandDeps(ctx), input);
    // The thread as the command found it under its lock spares reading it again; a retry's post is read in full.
    if (!subject) return postAnswer(ctx, postId);
    const post = await findPost(ctx.em, ctx.viewer, postId, subject);
    if (!post) throw new NotFound('The post');
    return post;
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: 'You have read the thread up to a position' })
  async markRead(@Ctx() ctx: Context, @Arg('input', () => MarkReadInput) input: MarkReadInput): Promise<ThreadPage> {
    return threadAnswer(ctx, (await markRead(commandDeps(ctx), input)).threadId);
  }

  @Authorized()
  @Mutation(() => WatchTarget)
  async setWatchLevel(@Ctx() ctx: Context, @Arg('input', () => SetWatchLevelInput) input: SetWatchLevelInput): Promise<WatchTarget> {
    const { threadId, forumId } = await setWatchLevel(commandDeps(ctx), input);
    return {
      thread: threadId ? await threadAnswer(ctx, threadId) : null,
      forum: forumId ? await findForum(ctx.em, ctx.viewer, { id: forumId }) : null,
    };
  }

  @Authorized()
  @Mutation(() => ThreadPage)
  async saveDraft(@Ctx() ctx: Context, @Arg('input', () => SaveDraftInput) input: SaveDraftInput): Promise<ThreadPage> {
    return threadAnswer(ctx, await saveDraft(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ThreadPage)
  async discardDraft(@Ctx() ctx: Context, @Arg('threadId', () => ID) threadId: string): Promise<ThreadPage> {
    return threadAnswer(ctx, await discardDraft(commandDeps(ctx), threadId));
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: "Lock, pin, close or undo it: the forum's moderators; audited" })
  async moderateThread(
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('action', () => ThreadModeration) action: ThreadModerationKey,
    @Arg('input', () => ReasonInput, { nullable: true }) input?: ReasonInput | null,
  ): Promise<ThreadPage> {
    return threadAnswer(ctx, await moderateThread(commandDeps(ctx), threadId, action, input?.reason ?? null, input?.confirmations));
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: "Marks the answer (null clears it): the question's author or a moderator" })
  async markSolved(
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('postId', () => ID, { nullable: true }) postId?: string | null,
  ): Promise<ThreadPage> {
    return threadAnswer(ctx, await markSolved(commandDeps(ctx), threadId, postId ?? null));
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: 'Moves a thread to another forum; you must moderate both' })
  async moveThread(@Ctx() ctx: Context, @Arg('input', () => MoveThreadInput) input: MoveThreadInput): Promise<ThreadPage> {
    return threadAnswer(ctx, await moveThread(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ThreadPage, { description: 'Appends one thread to another; answers with the merged thread' })
  async mergeThreads(@Ctx() ctx: Context, @Arg('input', () => MergeThreadsInput) input: MergeThreadsInput): Promise<ThreadPage> {
    return threadAnswer(ctx, await mergeThreads(commandDeps(ctx), input));
  }
}

import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TAG_MAX } from '@strom/shared';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { changeGroupMembers, createForum, setForumModerators, updateForum } from './forum.commands.js';
import { CreateForumInput, ForumPeopleInput, UpdateForumInput } from './forum.inputs.js';
import { forumAbilities } from './forum.policy.js';
import { findForum, findForums } from './forum.read.js';
import { ForumNode, ForumPermissions } from './forum.types.js';
import { visitForum } from './reading.commands.js';
import { ThreadNode } from './thread.types.js';

export const ThreadConnection = ConnectionType('Thread', ThreadNode);

@ArgsType()
export class ThreadListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only threads with this (normalised) tag' })
  @IsOptional()
  @MaxLength(TAG_MAX, { message: `tag must be at most ${TAG_MAX} characters` })
  tag?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only solved questions; false: only unsolved' })
  solved?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads without replies' })
  unanswered?: boolean | null;
}

/** The forum as the viewer now reads it: the answer of every forum mutation. */
async function forumAnswer(ctx: Context, id: string): Promise<ForumNode> {
  const forum = await findForum(ctx.em, ctx.viewer, { id });
  if (!forum) throw new NotFound('The forum');
  return forum;
}

@Resolver(() => ForumNode)
export class ForumResolver {
  @Query(() => [ForumNode], { description: 'The forums you may read: regional first, then national by country, then local' })
  forums(@Ctx() { em, viewer }: Context): Promise<ForumNode[]> {
    return findForums(em, viewer);
  }

  @Query(() => ForumNode, { nullable: true, description: 'Null when it does not exist or you may not read it' })
  forum(@Ctx() { em, viewer }: Context, @Arg('slug', () => String) slug: string): Promise<ForumNode | null> {
    return findForum(em, viewer, { slug });
  }

  @FieldResolver(() => ThreadConnection, { description: 'Pinned first, then by last activity' })
  threads(@Root() forum: ForumNode, @Ctx() { loaders, viewer }: Context, @Args(() => ThreadListArgs) args: ThreadListArgs) {
    return loaders.forumThreads.load({ forum, viewer, args });
  }

  @FieldResolver(() => ForumPermissions)
  viewerCan(@Root() forum: ForumNode, @Ctx() { viewer }: Context): ForumPermissions {
    const can = forumAbilities.permissions(viewer, { forum: forum.access });
    return { startThread: can.startThread, moderate: can.moderate, manage: can.manage, manageMembers: can.manageMembers };
  }

  @Authorized()
  @Mutation(() => ForumNode, { description: 'A new forum: admins anywhere, coordinators in their country; retry-safe by id' })
  async createForum(@Ctx() ctx: Context, @Arg('input', () => CreateForumInput) input: CreateForumInput): Promise<ForumNode> {
    return forumAnswer(ctx, await createForum(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ForumNode)
  async updateForum(@Ctx() ctx: Context, @Arg('input', () => UpdateForumInput) input: UpdateForumInput): Promise<ForumNode> {
    return forumAnswer(ctx, await updateForum(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ForumNode, { description: 'Replaces the named moderators of a forum' })
  async setForumModerators(@Ctx() ctx: Context, @Arg('input', () => ForumPeopleInput) input: ForumPeopleInput): Promise<ForumNode> {
    return forumAnswer(ctx, await setForumModerators(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ForumNode, { description: 'Adds members to a closed group (GROUP forum)' })
  async addForumMembers(@Ctx() ctx: Context, @Arg('input', () => ForumPeopleInput) input: ForumPeopleInput): Promise<ForumNode> {
    return forumAnswer(ctx, await changeGroupMembers(commandDeps(ctx), input, 'add'));
  }

  @Authorized()
  @Mutation(() => ForumNode, { description: 'Removes members from a closed group: they lose its content at once' })
  async removeForumMembers(@Ctx() ctx: Context, @Arg('input', () => ForumPeopleInput) input: ForumPeopleInput): Promise<ForumNode> {
    return forumAnswer(ctx, await changeGroupMembers(commandDeps(ctx), input, 'remove'));
  }

  @Authorized()
  @Mutation(() => ForumNode, { description: 'You looked at the forum: its threads so far are no longer new' })
  async visitForum(@Ctx() ctx: Context, @Arg('forumId', () => ID) forumId: string): Promise<ForumNode> {
    return forumAnswer(ctx, await visitForum(commandDeps(ctx), forumId));
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { FLAG_REASON_MAX } from '@strom/shared';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { PostModeration, type PostModerationKey } from './forum.enums.js';
import { visiblePost } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { flagPost, moderatePost } from './moderation.commands.js';
import { deletePost, editPost } from './post.commands.js';
import { findPost, findRevisions } from './post.read.js';
import { htmlForReader } from './post-resource-links.js';
import { PostNode, PostPermissions, PostRevisionNode } from './post.types.js';
import { react } from './reading.commands.js';
import { ReactionInput } from './reading.inputs.js';
import { purgePost } from './thread-admin.commands.js';
import { EditPostInput, ReasonInput } from './thread.inputs.js';

/** The post as the viewer now reads it: the answer of every post mutation. */
export async function postAnswer(ctx: Context, postId: string): Promise<PostNode> {
  const { subject } = await visiblePost(ctx.em, ctx.viewer, postId);
  const post = await findPost(ctx.em, ctx.viewer, postId, subject);
  if (!post) throw new NotFound('The post');
  return post;
}

@Resolver(() => PostNode)
export class PostResolver {
  @FieldResolver(() => PostPermissions)
  viewerCan(@Root() post: PostNode, @Ctx() { viewer }: Context): PostPermissions {
    const can = forumAbilities.permissions(viewer, post.subject);
    return { edit: can.edit, delete: can.delete, react: can.react, flag: can.flag, seeHistory: can.seeHistory, moderate: can.moderate };
  }

  // Resource links carry their titles only for readers of the resource (post-resource-links.ts).
  @FieldResolver(() => String, { nullable: true })
  async html(@Root() post: PostNode, @Ctx() { loaders, viewer }: Context): Promise<string | null> {
    return post.html === null ? null : htmlForReader(loaders, viewer, post.html);
  }

  @FieldResolver(() => [PostRevisionNode], {
    nullable: true,
    description: 'Earlier texts, newest first: for its author and moderators (null for others); read one post at a time',
  })
  history(@Root() post: PostNode, @Ctx() { em, viewer }: Context): Promise<PostRevisionNode[]> | null {
    return forumAbilities.can(viewer, 'seeHistory', post.subject) ? findRevisions(em, post.id) : null;
  }

  @Authorized()
  @Mutation(() => PostNode, { description: 'A new text for your post; a stale version gets CONFLICT with the current text' })
  async editPost(@Ctx() ctx: Context, @Arg('input', () => EditPostInput) input: EditPostInput): Promise<PostNode> {
    return postAnswer(ctx, await editPost(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => PostNode, { description: 'Removes a post (yours, or as a moderator): "post removed" stays in its place' })
  async deletePost(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PostNode> {
    return postAnswer(ctx, await deletePost(commandDeps(ctx), id));
  }

  @Authorized()
  @Mutation(() => PostNode)
  async react(@Ctx() ctx: Context, @Arg('input', () => ReactionInput) input: ReactionInput): Promise<PostNode> {
    return postAnswer(ctx, await react(commandDeps(ctx), input, true));
  }

  @Authorized()
  @Mutation(() => PostNode)
  async unreact(@Ctx() ctx: Context, @Arg('input', () => ReactionInput) input: ReactionInput): Promise<PostNode> {
    return postAnswer(ctx, await react(commandDeps(ctx), input, false));
  }

  @Authorized()
  @Mutation(() => PostNode, { description: `Reports a post to the forum's moderators (reason: at most ${FLAG_REASON_MAX} characters)` })
  async flagPost(
    @Ctx() ctx: Context,
    @Arg('postId', () => ID) postId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('confirmations', () => [GuardrailConfirmationInput], {
      nullable: true,
      description: "Findings of the victim-data guardrail in the reason that you confirm are not a victim's personal data",
    })
    confirmations?: GuardrailConfirmationInput[] | null,
  ): Promise<PostNode> {
    return postAnswer(ctx, await flagPost(commandDeps(ctx), postId, reason, confirmations ?? []));
  }

  @Authorized()
  @Mutation(() => PostNode, { description: "Hide or unhide a post: the forum's moderators; audited" })
  async moderatePost(
    @Ctx() ctx: Context,
    @Arg('postId', () => ID) postId: string,
    @Arg('action', () => PostModeration) action: PostModerationKey,
    @Arg('input', () => ReasonInput, { nullable: true }) input?: ReasonInput | null,
  ): Promise<PostNode> {
    return postAnswer(ctx, await moderatePost(commandDeps(ctx), postId, action, input?.reason ?? null, input?.confirmations));
  }

  @Authorized()
  @Mutation(() => PostNode, { description: "Wipes a post's text everywhere (victim data posted): moderators, with a reason; audited" })
  async purgePost(
    @Ctx() ctx: Context,
    @Arg('postId', () => ID) postId: string,
    @Arg('input', () => ReasonInput) input: ReasonInput,
  ): Promise<PostNode> {
    return postAnswer(ctx, await purgePost(commandDeps(ctx), postId, input.reason ?? null, input.confirmations));
  }
}

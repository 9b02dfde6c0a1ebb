import { MARKDOWN_SOURCE_MAX } from '@strom/shared';
import { IsUUID, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Unauthenticated } from '../../core/errors.js';
import { forumAbilities } from './forum.policy.js';
import { visibleThread } from './forum-subjects.js';
import { mentionCandidates } from './mention-candidates.read.js';
import { renderPost } from './post-rendering.js';
import { htmlForReader } from './post-resource-links.js';

@ArgsType()
export class PreviewPostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => String, { description: `Markdown, at most ${MARKDOWN_SOURCE_MAX} characters` })
  @MaxLength(MARKDOWN_SOURCE_MAX, { message: `a post may be at most ${MARKDOWN_SOURCE_MAX} characters long` })
  source!: string;
}

@ArgsType()
export class MentionCandidatesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => String, { description: 'The start of a name, at least 2 characters' })
  @MaxLength(100, { message: 'query may be at most 100 characters long' })
  query!: string;
}

@ObjectType({ description: 'A member you may mention in a thread' })
export class MentionCandidate {
  @Field(() => ID, { description: 'Their expert profile (what a mention links to)' })
  expertId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;
}

/** What the reply box asks while the author writes: the post as it would render, and whom it may mention. */
@Resolver()
export class PostPreviewResolver {
  @Authorized()
  @Query(() => String, {
    description: 'Your reply rendered exactly as posting it would (sanitised HTML); nothing is stored. Errors as addPost would give them',
  })
  async previewPost(
    @Ctx() { em, viewer, loaders }: Context,
    @Args(() => PreviewPostArgs) { threadId, source }: PreviewPostArgs,
  ): Promise<string> {
    if (!isMember(viewer)) throw new Unauthenticated();
    const { subject } = await visibleThread(em, viewer, threadId);
    forumAbilities.authorize(viewer, 'reply', subject);
    return htmlForReader(loaders, viewer, (await renderPost(em, viewer, subject.forum, source)).html);
  }

  @Authorized()
  @Query(() => [MentionCandidate], {
    description:
      'Members whose name starts with `query` that you may mention in this thread: only those who can read it (a closed group: its members)',
  })
  async mentionCandidates(
    @Ctx() { em, viewer }: Context,
    @Args(() => MentionCandidatesArgs) { threadId, query }: MentionCandidatesArgs,
  ): Promise<MentionCandidate[]> {
    if (!isMember(viewer)) throw new Unauthenticated();
    const { subject } = await visibleThread(em, viewer, threadId);
    forumAbilities.authorize(viewer, 'reply', subject);
    return mentionCandidates(em, subject.forum, query);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { visiblePost } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { PostFlag } from './post-flag.entity.js';
import { postAnswer } from './post.resolver.js';
import { PostNode } from './post.types.js';
import { signedInActor } from './thread.commands.js';
import { ReasonInput } from './thread.inputs.js';

/**
 * A moderator finds a post's flags unfounded: its open flags are dismissed (the post stays as it is) and leave the
 * review queue. Unlike hiding, this says nothing to the author: nothing happened to their post.
 */
export async function dismissFlags(deps: CommandDeps, postId: string, reason: string | null | undefined): Promise<string> {
  const actor = signedInActor(deps);
  const why = reason?.trim() ?? '';
  if (why === '') throw BadUserInput.field('input.reason', 'Say why the flags are dismissed');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, subject } = await visiblePost(em, actor, parseUuid(postId, 'postId'));
    forumAbilities.authorize(actor, 'moderate', subject);
    const dismissed = await em.nativeUpdate(
      PostFlag,
      { post: post.id, status: 'OPEN' },
      { status: 'DISMISSED', resolvedById: actor.userId, resolvedAt: uow.now },
    );
    if (dismissed > 0) {
      await audit(em, {
        action: 'POST_MODERATED',
        actorId: actor.userId,
        subjectType: 'post',
        subjectId: post.id,
        details: { moderation: 'DISMISS', reason: why, count: dismissed },
      });
    }
    return post.id;
  });
}

@Resolver()
export class FlagDismissalResolver {
  @Authorized()
  @Mutation(() => PostNode, {
    description: "Dismisses a post's open flags and leaves the post as it is: the forum's moderators, with a reason; audited",
  })
  async dismissFlags(
    @Ctx() ctx: Context,
    @Arg('postId', () => ID) postId: string,
    @Arg('input', () => ReasonInput) input: ReasonInput,
  ): Promise<PostNode> {
    return postAnswer(ctx, await dismissFlags(commandDeps(ctx), postId, input.reason));
  }
}

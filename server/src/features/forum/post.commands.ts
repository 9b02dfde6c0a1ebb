import { GraphQLError } from 'graphql';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { markPostChanged } from './forum-changes.js';
import { visiblePost } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { Post, PostRevision } from './post.entity.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { renderPost } from './post-rendering.js';
import { signedInActor } from './thread.commands.js';
import type { EditPostInput } from './thread.inputs.js';

/**
 * A stale edit: someone (the author in another tab) saved a newer version. The current text travels in the
 * error's extensions so the editor can offer to merge.
 */
export class PostEditConflict extends GraphQLError {
  constructor(current: { source: string; version: number }) {
    super('This post was changed since you opened it; compare with the current text and save again', {
      extensions: { code: 'CONFLICT', currentSource: current.source, currentVersion: current.version },
    });
  }
}

/** A new text for one's own post; the text before it goes to the history. Optimistic: a stale version is refused. */
export async function editPost(deps: CommandDeps, input: EditPostInput): Promise<string> {
  const author = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, subject } = await visiblePost(em, author, parseUuid(input.id, 'input.id'));
    forumAbilities.authorize(author, 'edit', subject);
    if (post.version !== input.version) throw new PostEditConflict(post);
    if (post.source === input.source) return post.id;
    const rendered = await renderPost(em, author, subject.forum, input.source);
    const confirmations = await guardTexts(uow, author, [{ field: 'source', text: input.source }], input.confirmations, {
      type: 'post',
      id: post.id,
    });
    em.create(PostRevision, { post: post.id, version: post.version, source: post.source, editorId: author.userId, createdAt: uow.now });
    // Guarded by the version too: two edits racing past the check above cannot both win.
    const updated = await em.nativeUpdate(
      Post,
      { id: post.id, version: post.version },
      {
        source: input.source,
        html: rendered.html,
        publicHtml: rendered.publicHtml,
        bodyText: rendered.text,
        quotes: rendered.quotes,
        mentions: rendered.mentions,
        resourceIds: rendered.resources,
        guardrailConfirmations: confirmations,
        editedAt: uow.now,
        version: post.version + 1,
      },
    );
    if (updated !== 1) throw new PostEditConflict(post);
    await markPostChanged(uow, post.threadId, post.id);
    return post.id;
  });
}

/** Soft delete by its author or a moderator: "post removed" stays in its place. A moderator's removal is audited. */
export async function deletePost(deps: CommandDeps, postId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, subject } = await visiblePost(em, actor, parseUuid(postId, 'id'));
    forumAbilities.authorize(actor, 'delete', subject);
    if (post.deleted) return post.id;
    await em.nativeUpdate(Post, { id: post.id }, { deletedAt: uow.now, version: post.version + 1 });
    if (post.authorId !== actor.userId) {
      await audit(em, { action: 'POST_REMOVED', actorId: actor.userId, subjectType: 'post', subjectId: post.id });
    }
    await markPostChanged(uow, post.threadId, post.id);
    return post.id;
  });
}

import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { markPostChanged } from './forum-changes.js';
import { visibleForum, visiblePost, visibleThread } from './forum-subjects.js';
import { forumAbilities } from './forum.policy.js';
import { advanceReadState } from './read-state.js';
import type { MarkReadInput, ReactionInput, SaveDraftInput, SetWatchLevelInput } from './reading.inputs.js';
import { signedInActor } from './thread.commands.js';

// What a member keeps for themselves in the forums: read positions, watch levels, drafts and reactions.
// Nobody else reads them, so none is audited or announced but reactions (counted for everyone).

/** Moves the read position forward (capped at the thread's last post); returns the stored position. */
export async function markRead(deps: CommandDeps, input: MarkReadInput): Promise<{ threadId: string; position: number }> {
  const member = signedInActor(deps);
  return runCommand(deps, async ({ em, now }) => {
    const { thread } = await visibleThread(em, member, parseUuid(input.threadId, 'input.threadId'));
    const position = await advanceReadState(em, member.userId, thread.id, Math.min(input.position, thread.postCount), now);
    return { threadId: thread.id, position };
  });
}

/** A member's last look at a forum: its threads started before now are no longer "new". */
export async function visitForum(deps: CommandDeps, forumId: string): Promise<string> {
  const member = signedInActor(deps);
  return runCommand(deps, async ({ em, now }) => {
    const forum = await visibleForum(em, member, parseUuid(forumId, 'forumId'));
    await em.execute(
      `insert into forum_visit (user_id, forum_id, visited_at) values (?, ?, ?)
         on conflict (user_id, forum_id) do update set visited_at = excluded.visited_at`,
      [member.userId, forum.id, now],
    );
    return forum.id;
  });
}

export async function setWatchLevel(
  deps: CommandDeps,
  input: SetWatchLevelInput,
): Promise<{ threadId: string | null; forumId: string | null }> {
  const member = signedInActor(deps);
  if (!input.threadId === !input.forumId) throw BadUserInput.field('input', 'Give exactly one of threadId and forumId');
  return runCommand(deps, async ({ em }) => {
    const threadId = input.threadId ? (await visibleThread(em, member, parseUuid(input.threadId, 'input.threadId'))).thread.id : null;
    const forumId = input.forumId ? (await visibleForum(em, member, parseUuid(input.forumId, 'input.forumId'))).id : null;
    const target = threadId ? 'thread_id' : 'forum_id';
    await em.execute(
      `insert into watch (id, user_id, thread_id, forum_id, level) values (gen_random_uuid(), ?, ?, ?, ?)
         on conflict (user_id, ${target}) where ${target} is not null do update set level = excluded.level`,
      [member.userId, threadId, forumId, input.level],
    );
    return { threadId, forumId };
  });
}

export async function saveDraft(deps: CommandDeps, input: SaveDraftInput): Promise<string> {
  const member = signedInActor(deps);
  return runCommand(deps, async ({ em, now }) => {
    const { thread } = await visibleThread(em, member, parseUuid(input.threadId, 'input.threadId'));
    await em.execute(
      `insert into draft (user_id, thread_id, source, updated_at) values (?, ?, ?, ?)
         on conflict (user_id, thread_id) do update set source = excluded.source, updated_at = excluded.updated_at`,
      [member.userId, thread.id, input.source, now],
    );
    return thread.id;
  });
}

export async function discardDraft(deps: CommandDeps, threadId: string): Promise<string> {
  const member = signedInActor(deps);
  return runCommand(deps, async ({ em }) => {
    const { thread } = await visibleThread(em, member, parseUuid(threadId, 'threadId'));
    await em.execute(`delete from draft where user_id = ? and thread_id = ?`, [member.userId, thread.id]);
    return thread.id;
  });
}

/** Gives (`on`) or takes back a reaction; one per member, post and kind. Hidden and removed posts take none. */
export async function react(deps: CommandDeps, input: ReactionInput, on: boolean): Promise<string> {
  const member = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const { post, subject } = await visiblePost(em, member, parseUuid(input.postId, 'input.postId'));
    forumAbilities.authorize(member, 'react', subject);
    const changed = on
      ? await em.execute(`insert into post_reaction (post_id, user_id, kind) values (?, ?, ?) on conflict do nothing returning kind`, [
          post.id,
          member.userId,
          input.kind,
        ])
      : await em.execute(`delete from post_reaction where post_id = ? and user_id = ? and kind = ? returning kind`, [
          post.id,
          member.userId,
          input.kind,
        ]);
    if (changed.length > 0) await markPostChanged(uow, post.threadId, post.id);
    return post.id;
  });
}

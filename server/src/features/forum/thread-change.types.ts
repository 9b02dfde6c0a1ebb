import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import type { Viewer } from '../../core/auth.js';
import { withOwnReactions } from './live-reactions.js';
import { toPost } from './post.read.js';
import { PostNode } from './post.types.js';
import { toThread } from './thread-row.js';
import { ThreadNode } from './thread.types.js';
import { changeCursor, type LiveChange } from './thread-change.stream.js';

@ObjectType({
  description: 'A post was edited, removed, hidden or shown again, purged, or its reactions changed: the post as it now is',
  simpleResolvers: true,
})
export class PostChanged {
  @Field(() => String, { description: 'Pass the last cursor received as `threadChanged(after:)` to resume' })
  cursor!: string;

  @Field(() => PostNode, { description: 'As you may see it, with your own reactions (`reactions.mine`)' })
  post!: PostNode;
}

@ObjectType({
  description: 'The thread was locked, pinned, closed, solved, moved (or undone): the thread as it now is',
  simpleResolvers: true,
})
export class ThreadStateChanged {
  @Field(() => String)
  cursor!: string;

  @Field(() => ThreadNode, { description: 'Read states are not part of live payloads (null)' })
  thread!: ThreadNode;
}

@ObjectType({
  description: 'The thread was merged into another and no longer exists; its posts follow those of the target',
  simpleResolvers: true,
})
export class ThreadMerged {
  @Field(() => String)
  cursor!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID)
  targetThreadId!: string;
}

export const ThreadChange = createUnionType({
  name: 'ThreadChange',
  description: 'Something that changed in a thread after it was written (new posts come by `postAdded`)',
  types: () => [PostChanged, ThreadStateChanged, ThreadMerged] as const,
  resolveType: (value) =>
    value instanceof PostChanged ? PostChanged : value instanceof ThreadStateChanged ? ThreadStateChanged : ThreadMerged,
});

/** This viewer's version of a change resolved once for every subscriber: SQL-free. */
export function toThreadChange(viewer: Viewer, change: LiveChange): PostChanged | ThreadStateChanged | ThreadMerged {
  const cursor = changeCursor(change);
  if (change.kind === 'post') {
    const post = withOwnReactions(viewer, toPost(viewer, change.row, change.subject), change.reactions);
    return Object.assign(new PostChanged(), { cursor, post });
  }
  if (change.kind === 'thread') {
    const thread = Object.assign(toThread(viewer, change.row, change.forum), { unreadCount: null, lastReadPosition: null });
    return Object.assign(new ThreadStateChanged(), { cursor, thread });
  }
  return Object.assign(new ThreadMerged(), { cursor, threadId: change.id, targetThreadId: change.targetId });
}

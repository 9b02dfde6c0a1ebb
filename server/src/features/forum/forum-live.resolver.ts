import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Edge } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { enterEventScope, type LiveEvent } from '../../core/live/live-hub.js';
import { parseUuid } from '../../core/ids.js';
import { ThreadConnection } from './forum.resolver.js';
import { threadActivityCursor, type LivePost, type LiveThread } from './forum.live.js';
import { postAddedStream, threadActivityStream } from './forum.stream.js';
import { withOwnReactions } from './live-reactions.js';
import { toPost } from './post.read.js';
import type { PostNode } from './post.types.js';
import { toThread } from './thread-row.js';
import { threadChangeStream, type LiveChange } from './thread-change.stream.js';
import { PostChanged, ThreadChange, ThreadMerged, ThreadStateChanged, toThreadChange } from './thread-change.types.js';
import { PostConnection } from './thread.resolver.js';
import type { ThreadNode } from './thread.types.js';

type LiveArgs<K extends string> = SubscribeResolverData<unknown, Record<K, string> & { after?: string | null }, Context>;

@Resolver()
export class ForumLiveResolver {
  @Subscription(() => PostConnection.Edge, {
    name: 'postAdded',
    description:
      'Each new post of a thread, with its cursor. A client that reconnects passes the last cursor it received as `after`: ' +
      'it first gets every post it missed, in order, then the live ones, each once. Ends when you can no longer read the thread.',
    subscribe: ({ args, context }: LiveArgs<'threadId'>) =>
      postAddedStream(context, parseUuid(args.threadId, 'threadId'), args.after ?? null),
  })
  postAdded(
    @Root() event: LiveEvent<LivePost>,
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) _threadId: string,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last post received' }) _after?: string,
  ): Edge<PostNode> {
    enterEventScope(ctx, event.scope);
    // SQL-free: the row was read once for every subscriber; this viewer's version of it is cut from it here.
    const node = withOwnReactions(ctx.viewer, toPost(ctx.viewer, event.value.row, event.value.subject), event.value.reactions);
    return { cursor: String(node.position), node };
  }

  @Subscription(() => ThreadConnection.Edge, {
    name: 'threadActivity',
    description:
      'New threads and new posts of one forum (the thread, by last activity), with a cursor to resume from as `after`. ' +
      'Read states are not part of live payloads (null).',
    subscribe: ({ args, context }: LiveArgs<'forumId'>) =>
      threadActivityStream(context, parseUuid(args.forumId, 'forumId'), args.after ?? null),
  })
  threadActivity(
    @Root() event: LiveEvent<LiveThread>,
    @Ctx() ctx: Context,
    @Arg('forumId', () => ID) _forumId: string,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last thread received' }) _after?: string,
  ): Edge<ThreadNode> {
    enterEventScope(ctx, event.scope);
    const node = Object.assign(toThread(ctx.viewer, event.value.row, event.value.forum), { unreadCount: null, lastReadPosition: null });
    return { cursor: threadActivityCursor(event.value.row), node };
  }

  @Subscription(() => ThreadChange, {
    name: 'threadChanged',
    description:
      'Edits, removals, hides, purges and reaction counts of posts, and the state of the thread (locked, pinned, closed, solved, ' +
      'moved, merged), each as the thing now is, with a cursor. A client that reconnects passes the last cursor it received as ' +
      '`after`: it first gets what changed since, then the live changes. Ends when you can no longer read the thread.',
    subscribe: ({ args, context }: LiveArgs<'threadId'>) =>
      threadChangeStream(context, parseUuid(args.threadId, 'threadId'), args.after ?? null),
  })
  threadChanged(
    @Root() event: LiveEvent<LiveChange>,
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) _threadId: string,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last change received' }) _after?: string,
  ): PostChanged | ThreadStateChanged | ThreadMerged {
    enterEventScope(ctx, event.scope);
    return toThreadChange(ctx.viewer, event.value);
  }
}

/**
 * The forum's live channels: `thread:<id>` for what happens in one thread, `forum:<id>` for thread activity in
 * one forum. Events carry ids only; each process resolves them once for all its subscribers (forum.live.ts).
 */
export type ThreadEvent =
  | { kind: 'POST_ADDED'; threadId: string; postId: string }
  /** Posts a merge appended, in order: one event, so they cannot arrive out of order. */
  | { kind: 'POSTS_APPENDED'; threadId: string; postIds: string[] }
  | { kind: 'POST_CHANGED'; threadId: string; postId: string }
  | { kind: 'THREAD_CHANGED'; threadId: string }
  /** The thread is gone: its posts now follow those of `targetId`. */
  | { kind: 'THREAD_MERGED'; threadId: string; targetId: string };

export interface ForumEvent {
  kind: 'THREAD_CREATED' | 'THREAD_ACTIVITY' | 'THREAD_CHANGED' | 'THREAD_REMOVED';
  threadId: string;
}

declare module '../../core/pubsub.js' {
  interface TopicFamilies {
    thread: ThreadEvent;
    forum: ForumEvent;
  }
}

import { FORUM_VISIBILITIES, REACTION_KINDS, WATCH_LEVELS } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(keys: readonly T[]) => Object.fromEntries(keys.map((key) => [key, key])) as { [K in T]: K };

export const ForumVisibility = enumOf(FORUM_VISIBILITIES);
registerEnumType(ForumVisibility, {
  name: 'ForumVisibility',
  description:
    'PUBLIC: anyone reads, members post; NETWORK: members; SCOPE: members of its country or municipality; GROUP: named members only',
});

export const WatchLevel = enumOf(WATCH_LEVELS);
registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description: 'WATCHING: notified of every post; TRACKING: unread counts only; NORMAL: mentions and replies; MUTED: nothing',
});

export const ReactionKind = enumOf(REACTION_KINDS);
registerEnumType(ReactionKind, { name: 'ReactionKind' });

export const THREAD_MODERATIONS = ['LOCK', 'UNLOCK', 'PIN', 'UNPIN', 'CLOSE', 'REOPEN'] as const;
export type ThreadModerationKey = (typeof THREAD_MODERATIONS)[number];
export const ThreadModeration = enumOf(THREAD_MODERATIONS);
registerEnumType(ThreadModeration, { name: 'ThreadModeration', description: 'What a moderator does to a thread' });

export const POST_MODERATIONS = ['HIDE', 'UNHIDE'] as const;
export type PostModerationKey = (typeof POST_MODERATIONS)[number];
export const PostModeration = enumOf(POST_MODERATIONS);
registerEnumType(PostModeration, { name: 'PostModeration', description: 'What a moderator does to a post' });

export const ForumRole = enumOf(['MODERATOR', 'MEMBER'] as const);
registerEnumType(ForumRole, {
  name: 'ForumRole',
  description: "What someone is named in a forum: a moderator, or a closed group's member",
});

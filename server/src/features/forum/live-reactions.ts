import type { ReactionKind } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import type { PostRow } from './post.read.js';
import type { PostNode, ReactionCount } from './post.types.js';

/**
 * Who gave which reaction to the posts of one live event, read once for every subscriber, so that each
 * subscriber's own `mine` is cut from it without SQL (a shared payload read without a viewer says false).
 * Keyed `postId` → its reactions, each with the ids of the members who gave it. Never sent as such.
 */
export type LiveReactions = ReadonlyMap<string, readonly { kind: ReactionKind; userIds: readonly string[] }[]>;

const NONE: LiveReactions = new Map();

/** One statement, and none when no post of the event has a reaction (a new post never has one). */
export async function findLiveReactions(em: Em, rows: readonly PostRow[]): Promise<LiveReactions> {
  const ids = rows.filter((row) => row.reactions.length > 0).map((row) => row.id);
  if (ids.length === 0) return NONE;
  const found = await em.execute<{ post_id: string; kind: ReactionKind; user_ids: string[] }[]>(
    `select post_id, kind, array_agg(user_id::text) as user_ids from post_reaction
      where post_id = any(?::uuid[]) group by post_id, kind order by post_id, kind`,
    [`{${ids.join(',')}}`],
  );
  // Every post asked for has an entry: one whose reactions were all taken back since has an empty one.
  const byPost = new Map<string, { kind: ReactionKind; userIds: string[] }[]>(ids.map((id) => [id, []]));
  for (const row of found) byPost.get(row.post_id)?.push({ kind: row.kind, userIds: row.user_ids });
  return byPost;
}

/**
 * The post (just cut for this viewer) with its reactions as they see them: counts and whether they gave each.
 * Counted from the same rows as `mine`, so the two always agree within one event.
 */
export function withOwnReactions(viewer: Viewer, post: PostNode, reactions: LiveReactions): PostNode {
  const given = reactions.get(post.id);
  if (!given) return post;
  const userId = isMember(viewer) ? viewer.userId : null;
  const counted: ReactionCount[] = given.map(({ kind, userIds }) => ({
    kind,
    count: userIds.length,
    mine: userId !== null && userIds.includes(userId),
  }));
  post.reactions = counted;
  return post;
}

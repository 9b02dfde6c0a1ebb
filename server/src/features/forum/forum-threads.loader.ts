import DataLoader from 'dataloader';
import type { Viewer } from '../../core/auth.js';
import type { ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import type { ForumNode } from './forum.types.js';
import { findThreads, type ThreadListArgs } from './thread.read.js';
import type { ThreadNode } from './thread.types.js';

export interface ForumThreadsKey {
  forum: ForumNode;
  args: ThreadListArgs;
  /** The operation's viewer (the same for every key of one operation). */
  viewer: Viewer;
}

declare module '../../core/loaders.js' {
  interface Loaders {
    forumThreads: DataLoader<ForumThreadsKey, ConnectionShape<ThreadNode>, string>;
  }
}

const argsKey = ({ first, after, tag, solved, unanswered }: ThreadListArgs) =>
  JSON.stringify([first, after ?? null, tag ?? null, solved ?? null, unanswered ?? null]);

/** Thread pages of every forum a list shows, one statement per distinct set of arguments (usually one). */
export function createForumThreadsLoader(em: Em): DataLoader<ForumThreadsKey, ConnectionShape<ThreadNode>, string> {
  return new DataLoader<ForumThreadsKey, ConnectionShape<ThreadNode>, string>(
    async (keys) => {
      const groups = new Map<string, ForumThreadsKey[]>();
      for (const key of keys) groups.set(argsKey(key.args), [...(groups.get(argsKey(key.args)) ?? []), key]);
      const pages = new Map<string, ConnectionShape<ThreadNode>>();
      for (const [args, group] of groups) {
        const found = await findThreads(
          em,
          group[0]!.viewer,
          group.map((key) => key.forum),
          group[0]!.args,
        );
        for (const [forumId, page] of found) pages.set(`${forumId}:${args}`, page);
      }
      return keys.map((key) => pages.get(`${key.forum.id}:${argsKey(key.args)}`)!);
    },
    { cacheKeyFn: (key) => `${key.forum.id}:${argsKey(key.args)}` },
  );
}

import type { QueueWorker } from '../../core/jobs/queue-worker.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { notify, type Notice, type NotificationKind } from '../notification/notify.js';
import { seesForum } from './forum-access.js';
import { loadThread, membersAsViewers } from './forum-subjects.js';

export const FORUM_NOTICES = 'forum.notices';

/** Queued by createThread and addPost after their commit, once per post. */
export function enqueueNotices(uow: UnitOfWork, postId: string): void {
  uow.enqueue(FORUM_NOTICES, { postId }, `notices:${postId}`);
}

interface PostRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  position: number;
  mentions: string[];
  reply_author_id: string | null;
  thread_watchers: string[];
  muted: string[];
  forum_watchers: string[];
}

/**
 * Who hears of a new post: mentioned members, the author of the post it answers, the thread's WATCHING members
 * (TRACKING ones only see unread counts) and, for a new thread, the forum's WATCHING members. Nobody who muted the
 * thread, nobody who cannot read the forum now, never the author. Idempotent: notices are keyed per post and member.
 */
export const forumNoticesWorker: QueueWorker = {
  queue: FORUM_NOTICES,
  run: async (data, deps) =>
    runCommand(deps, async (uow) => {
      const { em } = uow;
      const [post] = await em.execute<PostRow[]>(
        `select p.id, p.thread_id, p.author_id, p.position, p.mentions,
                (select r.author_id from post r where r.id = p.reply_to_id) as reply_author_id,
                array(select w.user_id::text from watch w where w.thread_id = p.thread_id and w.level = 'WATCHING') as thread_watchers,
                array(select w.user_id::text from watch w where w.thread_id = p.thread_id and w.level = 'MUTED') as muted,
                array(select w.user_id::text from watch w join thread t on t.forum_id = w.forum_id
                       where t.id = p.thread_id and w.level = 'WATCHING') as forum_watchers
           from post p where p.id = ? and p.deleted_at is null and p.hidden_at is null and p.purged_at is null`,
        [String(data.postId)],
      );
      const found = post ? await loadThread(em, post.thread_id) : null;
      if (!post || !found) return;
      const candidates: [NotificationKind, string, string][] = [
        ...post.mentions.map((id): [NotificationKind, string, string] => ['MENTION', id, `mention:${post.id}:${id}`]),
        ...(post.reply_author_id
          ? [['REPLY', post.reply_author_id, `reply:${post.id}:${post.reply_author_id}`] as [NotificationKind, string, string]]
          : []),
        ...(post.position === 1
          ? post.forum_watchers.map((id): [NotificationKind, string, string] => ['NEW_THREAD', id, `new-thread:${post.thread_id}:${id}`])
          : post.thread_watchers.map((id): [NotificationKind, string, string] => ['NEW_POST', id, `new-post:${post.id}:${id}`])),
      ];
      const readers = await membersAsViewers(em, [...new Set(candidates.map(([, id]) => id))]);
      const reads = new Set(readers.filter((reader) => seesForum(reader, found.subject.forum)).map((reader) => reader.userId));
      const notices: Notice[] = candidates
        .filter(([, id]) => reads.has(id) && !post.muted.includes(id) && id !== post.author_id)
        .map(([kind, recipientId, key]) => ({
          recipientId,
          kind,
          subject: kind === 'NEW_THREAD' ? { type: 'thread', id: post.thread_id } : { type: 'post', id: post.id },
          context: `forum:${found.thread.forumId}`,
          actorId: post.author_id,
          key,
        }));
      if (notices.length > 0) await notify(uow, notices);
    }),
};

import type { MemberViewer, Viewer } from '../../core/auth.js';
import { NotFound } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { FORUM_ACCESS_COLUMNS, forumAccessOf, seesForum, type ForumAccess, type ForumAccessRow } from './forum-access.js';
import type { ForumSubject } from './forum.policy.js';

/** The facts of a thread commands decide on, read with its forum's access in one statement. */
export interface ThreadFacts {
  id: string;
  forumId: string;
  title: string;
  authorId: string | null;
  locked: boolean;
  closed: boolean;
  pinned: boolean;
  solvedPostId: string | null;
  postCount: number;
}

interface ThreadRow extends ForumAccessRow {
  id: string;
  forum_id: string;
  title: string;
  author_id: string | null;
  locked: boolean;
  closed: boolean;
  pinned: boolean;
  solved_post_id: string | null;
  post_count: number;
}

/** A forum the viewer reads, with its access facts; NOT_FOUND (never FORBIDDEN) when it is missing or hidden. */
export async function visibleForum(em: Em, viewer: Viewer, forumId: string): Promise<ForumAccess> {
  const [row] = await em.execute<ForumAccessRow[]>(`select ${FORUM_ACCESS_COLUMNS} from forum f where f.id = ?`, [forumId]);
  const access = row ? forumAccessOf(row) : null;
  if (!access || !seesForum(viewer, access)) throw new NotFound('The forum');
  return access;
}

/** A thread with its forum's access facts, whoever asks (live events check each subscriber afterwards). */
export async function loadThread(em: Em, threadId: string, lock = false): Promise<{ thread: ThreadFacts; subject: ForumSubject } | null> {
  const [row] = await em.execute<ThreadRow[]>(
    `select t.id, t.forum_id, t.title, t.author_id, t.locked, t.closed, t.pinned, t.solved_post_id, t.post_count, ${FORUM_ACCESS_COLUMNS}
       from thread t join forum f on f.id = t.forum_id where t.id = ?${lock ? ' for update of t' : ''}`,
    [threadId],
  );
  if (!row) return null;
  const thread: ThreadFacts = {
    id: row.id,
    forumId: row.forum_id,
    title: row.title,
    authorId: row.author_id,
    locked: row.locked,
    closed: row.closed,
    pinned: row.pinned,
    solvedPostId: row.solved_post_id,
    postCount: row.post_count,
  };
  return { thread, subject: { forum: forumAccessOf(row), thread } };
}

/**
 * A thread the viewer reads, and the subject its rules take; NOT_FOUND when it is missing or its forum hidden
 * from the viewer, so a closed group's threads cannot even be probed. `lock` holds the thread row until the
 * transaction ends: posts take the next position one at a time.
 */
export async function visibleThread(
  em: Em,
  viewer: Viewer,
  threadId: string,
  options: { lock?: boolean; what?: string } = {},
): Promise<{ thread: ThreadFacts; subject: ForumSubject }> {
  const found = await loadThread(em, threadId, options.lock);
  if (!found || !seesForum(viewer, found.subject.forum)) throw new NotFound(options.what ?? 'The thread');
  return found;
}

/** The facts of a post commands decide on. */
export interface PostFacts {
  id: string;
  threadId: string;
  authorId: string | null;
  hidden: boolean;
  deleted: boolean;
  purged: boolean;
  version: number;
  source: string;
}

interface PostRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  hidden: boolean;
  deleted: boolean;
  purged: boolean;
  version: number;
  source: string;
}

/** A post the viewer reads, with its thread and forum: NOT_FOUND when any of them is hidden from the viewer. */
export async function visiblePost(
  em: Em,
  viewer: Viewer,
  postId: string,
): Promise<{ post: PostFacts; thread: ThreadFacts; subject: ForumSubject }> {
  const [row] = await em.execute<PostRow[]>(
    `select id, thread_id, author_id, hidden_at is not null as hidden, deleted_at is not null as deleted,
            purged_at is not null as purged, version, source from post where id = ?`,
    [postId],
  );
  if (!row) throw new NotFound('The post');
  const { thread, subject } = await visibleThread(em, viewer, row.thread_id, { what: 'The post' });
  const post: PostFacts = {
    id: row.id,
    threadId: row.thread_id,
    authorId: row.author_id,
    hidden: row.hidden,
    deleted: row.deleted,
    purged: row.purged,
    version: row.version,
    source: row.source,
  };
  return { post, thread, subject: { ...subject, post } };
}

interface MemberRow {
  id: string;
  network_role: MemberViewer['networkRole'];
  country_code: string;
  coordinator_of: string[];
  totp_enabled: boolean;
  municipality_id: string | null;
}

/**
 * Other members as viewers (without a session), for deciding what THEY may read: whom a post may mention,
 * whom a notification may reach. Active accounts only. One statement.
 */
export async function membersAsViewers(em: Em, userIds: readonly string[]): Promise<MemberViewer[]> {
  if (userIds.length === 0) return [];
  const rows = await em.execute<MemberRow[]>(
    `select u.id, u.network_role, trim(u.country_code) as country_code, u.coordinator_of, u.totp_enabled, x.municipality_id
       from app_user u left join expert x on x.id = u.expert_id
      where u.id = any(?::uuid[]) and u.status = 'ACTIVE' and u.deleted_at is null`,
    [`{${userIds.join(',')}}`],
  );
  return rows.map((row) => ({
    kind: 'member',
    userId: row.id,
    sessionId: '',
    networkRole: row.network_role,
    countryCode: row.country_code,
    coordinatorOf: row.network_role === 'COORDINATOR' ? row.coordinator_of : [],
    expertId: null,
    municipalityId: row.municipality_id,
    totpEnabled: row.totp_enabled,
    editorOf: [],
  }));
}

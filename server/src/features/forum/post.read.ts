import { isMember, type Viewer } from '../../core/auth.js';
import { PAGE_SIZE_MAX } from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import type { ConnectionShape } from '../../core/connection.js';
import { sqlInteger } from '../../core/sql.js';
import type { Em } from '../../db/orm.js';
import { forumAbilities, type ForumSubject } from './forum.policy.js';
import { authorJson, postAuthor, type AuthorJson } from './post-author.js';
import type { PostNode, PostRevisionNode, ReactionCount } from './post.types.js';

interface PostRow {
  id: string;
  thread_id: string;
  position: number;
  author_id: string | null;
  html: string | null;
  public_html: string | null;
  source: string | null;
  quotes: string[];
  created_at: Date;
  edited_at: Date | null;
  removed: boolean;
  hidden: boolean;
  purged: boolean;
  version: number;
  changed_at: Date | null;
  author: AuthorJson | null;
  reply_to: { id: string; position: number; author: AuthorJson | null } | null;
  reactions: ReactionCount[];
}

/**
 * Which of a post's heavier columns a statement reads; the others come back null. A page reads only what its
 * query can show: the member's or the public text (never both), the source and the post answered when asked for.
 */
export interface PostColumns {
  text: 'both' | 'member' | 'public';
  source: boolean;
  replyTo: boolean;
}

export const ALL_COLUMNS: PostColumns = { text: 'both', source: true, replyTo: true };

/** Posts with their authors, the post each answers and reaction counts (with the viewer's own): one statement. */
const postSelect = (columns: PostColumns) => `select p.id, p.thread_id, p.position, p.author_id,
    ${columns.text === 'public' ? 'null' : 'p.html'} as html, ${columns.text === 'member' ? 'null' : 'p.public_html'} as public_html,
    ${columns.source ? 'p.source' : 'null'} as source, p.quotes,
    p.created_at, p.edited_at, p.deleted_at is not null as removed, p.hidden_at is not null as hidden,
    p.purged_at is not null as purged, p.version, p.changed_at, ${authorJson('p.author_id')} as author,
    ${columns.replyTo ? REPLY_TO : 'null'} as reply_to,
    coalesce((select json_agg(json_build_object('kind', r.kind, 'count', r.n, 'mine', r.mine) order by r.kind)
       from (select kind, count(*)::int as n, bool_or(user_id = ?::uuid) as mine from post_reaction
              where post_id = p.id group by kind) r), '[]'::json) as reactions
  from post p`;

const REPLY_TO = `(select json_build_object('id', rp.id, 'position', rp.position, 'author', ${authorJson('rp.author_id')})
       from post rp where rp.id = p.reply_to_id)`;

const POST_SELECT = postSelect(ALL_COLUMNS);

/** The columns of a page whose query reads `fields` of each post (see selectedFieldNames), for this viewer. */
export const pageColumns = (viewer: Viewer, fields: ReadonlySet<string>): PostColumns => ({
  text: isMember(viewer) ? 'member' : 'public',
  source: fields.has('source'),
  replyTo: fields.has('replyTo'),
});

const viewerId = (viewer: Viewer) => (isMember(viewer) ? viewer.userId : null);

/** A page of posts: which, and how many (`first` bounded, `after` a position cursor already checked). */
export interface PostPage {
  first: number;
  after: number;
}

/** A page's bounds from a connection's arguments; null when they are out of range (the resolver then says why). */
export function postPage(args: { first?: unknown; after?: unknown }): PostPage | null {
  const { first, after } = args;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX) return null;
  if (after != null && (typeof after !== 'string' || !/^\d{1,9}$/.test(after))) return null;
  return { first, after: after ? Number(after) : 0 };
}

/**
 * One page of a thread's posts as a json array, for the thread page's own statement (the thread aliased `t`).
 * Binds, in order: the viewer's user id and the `after` position. The page size is in the text (a checked whole
 * number): the thread page is a prepared statement, and PostgreSQL re-plans one whose limit is a parameter.
 */
export const postPageJson = (
  columns: PostColumns,
  page: PostPage,
) => `(select coalesce(json_agg(page order by page.position), '[]'::json) from (
    ${postSelect(columns)} where p.thread_id = t.id and p.position > ? order by p.position limit ${sqlInteger(page.first + 1).sql}) page)`;

export const postPageParams = (viewer: Viewer, page: PostPage) => [viewerId(viewer), page.after];

/** A thread's posts in order, after a position cursor. `thread` is the page's thread (its subject and count). */
export async function findPosts(
  em: Em,
  viewer: Viewer,
  thread: { id: string; postCount: number; subject: ForumSubject },
  page: PostPage,
): Promise<ConnectionShape<PostNode>> {
  const rows = await em.execute<PostRow[]>(`${POST_SELECT} where p.thread_id = ? and p.position > ? order by p.position limit ?`, [
    viewerId(viewer),
    thread.id,
    page.after,
    page.first + 1,
  ]);
  return toPostConnection(viewer, rows, page.first, thread);
}

/** Rows of one page (one more than asked, to know whether a next page exists) as the connection. */
export function toPostConnection(
  viewer: Viewer,
  rows: readonly PostRow[],
  first: number,
  thread: { postCount: number; subject: ForumSubject },
): ConnectionShape<PostNode> {
  const edges = rows.slice(0, first).map((row) => {
    const node = toPost(viewer, row, thread.subject);
    return { cursor: String(node.position), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: thread.postCount,
  };
}

/** One post by id, for a mutation's answer or a live event (the caller has checked the thread). */
export async function findPost(em: Em, viewer: Viewer, postId: string, subject: ForumSubject): Promise<PostNode | null> {
  const [row] = await em.execute<PostRow[]>(`${POST_SELECT} where p.id = ?`, [viewerId(viewer), postId]);
  return row ? toPost(viewer, row, subject) : null;
}

/** Posts of one thread by id, as a live event resolves them once for every subscriber (anonymous view). */
export async function findPostRows(em: Em, postIds: readonly string[]): Promise<PostRow[]> {
  return em.execute<PostRow[]>(`${POST_SELECT} where p.id = any(?::uuid[]) order by p.position`, [null, `{${postIds.join(',')}}`]);
}

export type { PostRow };

/** What this viewer sees of a post: removed and purged posts lose their text; hidden ones keep it for moderators. */
export function toPost(viewer: Viewer, row: PostRow, threadSubject: ForumSubject): PostNode {
  const post = { authorId: row.author_id, hidden: row.hidden, deleted: row.removed };
  const subject: ForumSubject = { ...threadSubject, post };
  const moderator = forumAbilities.can(viewer, 'moderate', subject);
  const textShown = !row.removed && !row.purged && (!row.hidden || moderator);
  const ownText = isMember(viewer) && row.author_id === viewer.userId && !row.removed && !row.purged;
  return {
    id: row.id,
    threadId: row.thread_id,
    position: row.position,
    author: postAuthor(viewer, row.author),
    html: textShown ? (isMember(viewer) ? row.html : row.public_html) : null,
    source: textShown && (ownText || moderator) ? row.source : null,
    replyTo: row.reply_to
      ? { id: row.reply_to.id, position: row.reply_to.position, author: postAuthor(viewer, row.reply_to.author) }
      : null,
    quotes: row.quotes,
    createdAt: new Date(row.created_at),
    editedAt: row.edited_at ? new Date(row.edited_at) : null,
    edited: row.edited_at !== null,
    removed: row.removed,
    hidden: row.hidden,
    purged: row.purged,
    version: row.version,
    // Live payloads are read once for every subscriber, without anyone's own reactions (live-reactions.ts adds them).
    reactions: row.reactions.map(({ kind, count, mine }) => ({ kind, count, mine: mine === true })),
    subject,
  };
}

/** Earlier texts of a post, newest first; the caller has checked `seeHistory`. */
export async function findRevisions(em: Em, postId: string): Promise<PostRevisionNode[]> {
  const rows = await em.execute<{ version: number; source: string; created_at: Date }[]>(
    `select version, source, created_at from post_revision where post_id = ? order by version desc`,
    [postId],
  );
  return rows.map((row) => ({ version: row.version, source: row.source, createdAt: new Date(row.created_at) }));
}

/** A post cursor is its position in the thread. */
export function positionCursor(after: string | null | undefined): number {
  if (!after) return 0;
  if (!/^\d{1,9}$/.test(after)) throw BadUserInput.field('after', 'after is not a valid cursor');
  return Number(after);
}

import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin } from '../user/user.policy.js';
import { moderates, seesForum, type ForumAccess } from './forum-access.js';

/** The state of a thread that the rules look at. */
export interface ThreadState {
  authorId: string | null;
  locked: boolean;
  closed: boolean;
}

/** The state of a post that the rules look at. */
export interface PostState {
  authorId: string | null;
  hidden: boolean;
  deleted: boolean;
}

/** A forum, and the thread and post an action is about when it is about one. */
export interface ForumSubject {
  forum: ForumAccess;
  thread?: ThreadState;
  post?: PostState;
}

const signedIn = (viewer: Viewer): viewer is Viewer & { kind: 'member' } => isMember(viewer);
const sees = (viewer: Viewer, { forum }: ForumSubject) => seesForum(viewer, forum);
const moderatesIt = (viewer: Viewer, { forum }: ForumSubject) => moderates(viewer, forum);
const isAuthor = (viewer: Viewer, authorId: string | null | undefined) =>
  signedIn(viewer) && authorId != null && authorId === viewer.userId;
const open = (thread: ThreadState | undefined) => thread !== undefined && !thread.locked && !thread.closed;
const present = (post: PostState | undefined) => post !== undefined && !post.hidden && !post.deleted;

/** Forum settings and its moderators: admins anywhere, coordinators for forums of their country. */
const manages = (viewer: Viewer, { forum }: ForumSubject) =>
  isAdmin(viewer) || (forum.level !== 'REGIONAL' && coordinates(viewer, forum.countryCode));

/** The forum feature's one table: commands `authorize`, read models `can`, `viewerCan` fields `permissions`. */
export const forumAbilities = defineAbilities<ForumSubject>()({
  see: { allow: sees, refusal: 'You may not read this forum' },
  /** Starting a thread: members who read the forum (a PUBLIC forum is read by anyone, written by members). */
  startThread: { allow: (viewer, subject) => signedIn(viewer) && sees(viewer, subject), refusal: 'You may not start threads here' },
  /** Locked and closed threads take replies from moderators only. */
  reply: {
    allow: (viewer, subject) => signedIn(viewer) && sees(viewer, subject) && (open(subject.thread) || moderatesIt(viewer, subject)),
    refusal: 'This thread is locked or closed: only its moderators may reply',
  },
  react: {
    allow: (viewer, subject) => signedIn(viewer) && sees(viewer, subject) && present(subject.post),
    refusal: 'You may not react to this post',
  },
  flag: {
    allow: (viewer, subject) => signedIn(viewer) && sees(viewer, subject) && subject.post !== undefined,
    refusal: 'You may not flag this post',
  },
  edit: {
    allow: (viewer, subject) => sees(viewer, subject) && isAuthor(viewer, subject.post?.authorId) && present(subject.post),
    refusal: 'Only its author may edit this post',
  },
  delete: {
    allow: (viewer, subject) =>
      sees(viewer, subject) && subject.post !== undefined && (isAuthor(viewer, subject.post.authorId) || moderatesIt(viewer, subject)),
    refusal: 'Only its author or a moderator may remove this post',
  },
  /** The edit history: the author and the forum's moderators. */
  seeHistory: {
    allow: (viewer, subject) => sees(viewer, subject) && (isAuthor(viewer, subject.post?.authorId) || moderatesIt(viewer, subject)),
    refusal: 'Only its author and the moderators may read the history of this post',
  },
  markSolved: {
    allow: (viewer, subject) => sees(viewer, subject) && (isAuthor(viewer, subject.thread?.authorId) || moderatesIt(viewer, subject)),
    refusal: 'Only the author of the question or a moderator may mark the answer',
  },
  moderate: { allow: moderatesIt, refusal: 'Only the moderators of this forum may do this' },
  /** Creating a forum in a scope (the subject is the forum to be): admins anywhere, coordinators in their country. */
  create: { allow: manages, refusal: 'Only admins, and coordinators for their own country, may create forums there' },
  manage: { allow: manages, refusal: 'Only admins and the coordinators of its country may change this forum' },
  /** A closed group's members: whoever manages the forum and its named moderators. */
  manageMembers: {
    allow: (viewer, subject) => subject.forum.visibility === 'GROUP' && (manages(viewer, subject) || moderatesIt(viewer, subject)),
    refusal: 'You may not change who belongs to this group',
  },
});

export type ForumAction = Parameters<typeof forumAbilities.can>[1];

import { isUuid } from '../../core/ids.js';
import type { PageHeadSource } from '../../core/page-head-source.js';
import { findForum } from './forum.read.js';
import { ALL_COLUMNS } from './post.read.js';
import { findThread } from './thread.read.js';

/** A forum's page: its name over its description (client: features/forum/ForumView). */
const forumPage: PageHeadSource = {
  path: '/forums/:slug',
  async read({ em, viewer }, { slug = '' }) {
    const forum = await findForum(em, viewer, { slug });
    return forum ? { title: forum.title, ...(forum.description ? { intro: forum.description } : {}) } : null;
  },
};

/** A thread's page: its title under the trail to its forum (client: features/thread/ThreadHeader). */
const threadPage: PageHeadSource = {
  path: '/t/:id',
  async read({ em, viewer }, { id = '' }) {
    if (!isUuid(id)) return null;
    // No posts and no counts: the thread's own row and its forum's, through the page's read and its rights.
    const thread = await findThread(em, viewer, id, null, { forumCounts: false, post: ALL_COLUMNS });
    return thread ? { title: thread.title, links: [{ href: `/forums/${thread.forum.slug}`, label: thread.forum.title }] } : null;
  },
};

export const forumPageHeads: readonly PageHeadSource[] = [forumPage, threadPage];

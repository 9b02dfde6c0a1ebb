import { POSTS_PAGE, ThreadPostAdded, ThreadQuery } from './threadDocuments';

export const THREAD_ID = '6f1c2d9e-0000-4000-8000-000000000001';

export function post(position: number, text: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Post' as const,
    id: `post-${position}`,
    position,
    threadId: THREAD_ID,
    createdAt: '2026-11-30T09:00:00.000Z',
    edited: false,
    editedAt: null,
    hidden: false,
    removed: false,
    purged: false,
    html: `<p>${text}</p>`,
    source: null,
    version: 1,
    author: {
      __typename: 'PostAuthor' as const,
      name: 'Anna Ozola',
      former: false,
      expertId: 'expert-anna',
      organisationName: 'Rīga Social Service',
      suspended: false,
    },
    replyTo: null,
    reactions: [],
    viewerCan: {
      __typename: 'PostPermissions' as const,
      edit: false,
      delete: false,
      flag: true,
      moderate: false,
      react: true,
      seeHistory: false,
    },
    ...overrides,
  };
}

export const edge = (node: ReturnType<typeof post>) => ({ __typename: 'PostEdge' as const, cursor: String(node.position), node });

export function threadResult(posts: ReturnType<typeof post>[], overrides: Record<string, unknown> = {}) {
  return {
    request: { query: ThreadQuery, variables: { id: THREAD_ID, first: POSTS_PAGE } },
    result: {
      data: {
        thread: {
          __typename: 'ThreadPage' as const,
          id: THREAD_ID,
          title: 'Referral of a labour exploitation case',
          tags: ['referral'],
          pinned: false,
          locked: false,
          closed: false,
          solvedPostId: null,
          createdAt: '2026-11-30T09:00:00.000Z',
          postCount: posts.length,
          watchLevel: 'NORMAL',
          forum: { __typename: 'Forum' as const, id: 'forum-1', slug: 'referral', title: 'Referral mechanisms' },
          lastReadPosition: posts.length,
          firstUnreadCursor: null,
          changesCursor: 'c0',
          unreadCount: 0,
          draft: null,
          viewerCan: { __typename: 'ThreadPermissions' as const, reply: true, markSolved: false, moderate: false },
          posts: {
            __typename: 'PostConnection' as const,
            edges: posts.map(edge),
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: String(posts.length) },
            totalCount: posts.length,
          },
          ...overrides,
        },
      },
    },
  };
}

export const liveEvent = (after: string, node: ReturnType<typeof post>, delay = 30) => ({
  request: { query: ThreadPostAdded, variables: { threadId: THREAD_ID, after } },
  result: { data: { postAdded: edge(node) } },
  delay,
});

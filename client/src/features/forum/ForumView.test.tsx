import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute, searchOf } from '../../test/render';
import { ForumPageQuery, ThreadActivitySubscription, VisitForumMutation } from './forumDocuments';
import { ForumView } from './ForumView';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const liveThread = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Thread',
  id,
  title,
  tags: ['referral'],
  pinned: false,
  locked: false,
  closed: false,
  solvedPostId: null,
  postCount: 1,
  lastPostAt: hoursAgo(1),
  author: { __typename: 'PostAuthor', name: 'Anna Ozola', former: false },
  ...over,
});
const thread = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  ...liveThread(id, title, over),
  unreadCount: null,
  ...over,
});

function forumPage(variables: Record<string, unknown>, threads: ReturnType<typeof thread>[], over: Record<string, unknown> = {}) {
  return {
    request: { query: ForumPageQuery, variables: { slug: 'bsr', first: 20, ...variables } },
    result: {
      data: {
        forum: {
          __typename: 'Forum',
          id: 'forum-1',
          slug: 'bsr',
          title: 'Referral mechanisms across the BSR',
          description: 'How each country refers presumed victims.',
          visibility: 'PUBLIC',
          watchLevel: 'NORMAL',
          viewerCan: { __typename: 'ForumPermissions', manage: false, moderate: true, startThread: true },
          threads: {
            __typename: 'ThreadConnection',
            totalCount: threads.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: threads.at(-1)?.id ?? null },
            edges: threads.map((node) => ({ __typename: 'ThreadEdge', cursor: node.id, node })),
          },
          ...over,
        },
      },
    },
  };
}

const visit = {
  request: { query: VisitForumMutation, variables: { forumId: 'forum-1' } },
  result: { data: { visitForum: { __typename: 'Forum', id: 'forum-1', newThreadCount: 0 } } },
};

describe('ForumView', () => {
  it('lists pinned threads first and puts a new live thread below the pinned ones', async () => {
    renderRoute(<ForumView slug="bsr" />, {
      path: '/forums/:slug',
      url: '/forums/bsr',
      mocks: [
        forumPage({}, [
          thread('t-pinned', 'How to use this forum', { pinned: true }),
          thread('t-old', 'Referral in Riga', { postCount: 3, unreadCount: 2, solvedPostId: 'p1' }),
        ]),
        visit,
        {
          request: { query: ThreadActivitySubscription, variables: { forumId: 'forum-1', after: null } },
          result: {
            data: { threadActivity: { __typename: 'ThreadEdge', cursor: 'live-1', node: liveThread('t-new', 'A question from Tartu') } },
          },
          delay: 30,
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Threads' });
    expect(screen.getByRole('heading', { level: 1, name: 'Referral mechanisms across the BSR' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start a thread' })).toHaveAttribute('href', '/forums/bsr/new');
    expect(screen.getByRole('link', { name: 'Moderation queue' })).toHaveAttribute('href', '/forums/moderation');
    const old = within(list).getByRole('link', { name: 'Referral in Riga' }).closest('li')!;
    expect(old).toHaveTextContent('Solved');
    expect(old).toHaveTextContent('2 replies');
    expect(old).toHaveTextContent('2 unread');
    await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(3));
    const titles = within(list)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual(['How to use this forum', 'A question from Tartu', 'Referral in Riga']);
  });

  it('keeps the filters in the URL and asks the server for the filtered list', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<ForumView slug="bsr" />, {
      path: '/forums/:slug',
      url: '/forums/bsr?tag=referral',
      mocks: [
        forumPage({ tag: 'referral' }, [thread('t-1', 'Referral in Riga')]),
        visit,
        forumPage({ tag: 'referral', unanswered: true }, []),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Referral in Riga' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tag')).toHaveValue('referral');
    await user.click(screen.getByRole('checkbox', { name: 'Without replies' }));
    expect(await screen.findByText('No threads match these filters.')).toBeInTheDocument();
    expect(searchOf(router)).toEqual({ tag: 'referral', unanswered: '1' });
  });
});

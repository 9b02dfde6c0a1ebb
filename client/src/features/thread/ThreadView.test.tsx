import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Thread } from '../../routes/Thread';
import { renderRoute } from '../../test/render';
import { THREAD_ID, liveEvent, post, threadResult } from './threadFixtures.test-support';
import { SetThreadWatchMutation } from './ThreadControls';
import { ThreadPostAdded } from './threadDocuments';

const path = '/t/:id';
const url = `/t/${THREAD_ID}`;
const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('article')
    .map((article) => article.querySelector('[data-post-body]')?.textContent);

describe('ThreadView', () => {
  it('shows the thread with breadcrumbs, author, organisation and date, and a live post after the last one once', async () => {
    // The socket replays post 2 (already on screen) before the new post 3: each shows once, in order.
    const replay = {
      request: { query: ThreadPostAdded, variables: { threadId: THREAD_ID, after: '2' } },
      result: { data: { postAdded: { __typename: 'PostEdge', cursor: '2', node: post(2, 'Second') } } },
      delay: 20,
    };
    renderRoute(<Thread />, {
      path,
      url,
      mocks: [threadResult([post(1, 'First'), post(2, 'Second')]), replay],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Referral of a labour exploitation case' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(crumbs).getByRole('link', { name: 'Referral mechanisms' })).toHaveAttribute('href', '/forums/referral');
    const list = screen.getByRole('list', { name: 'Posts' });
    expect(titles(list)).toEqual(['First', 'Second']);
    expect(within(list).getAllByText('Rīga Social Service')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(titles(list)).toEqual(['First', 'Second']);
  });

  it('adds a live post at the end', async () => {
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First'), post(2, 'Second')]), liveEvent('2', post(3, 'Third'))] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    await waitFor(() => expect(titles(list)).toEqual(['First', 'Second', 'Third']));
    expect(
      screen.getByText((_, element) => element?.tagName === 'P' && (element.textContent ?? '').startsWith('3 posts ·')),
    ).toBeInTheDocument();
  });

  it('jumps to the first unread post and moves focus to it', async () => {
    renderRoute(<Thread />, {
      path,
      url,
      mocks: [
        threadResult([post(1, 'First'), post(2, 'Second'), post(3, 'Third')], {
          lastReadPosition: 1,
          unreadCount: 2,
          firstUnreadCursor: '1',
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Jump to the first unread post (2 unread)' }));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'post-post-2'));
  });

  it('quotes a post into the reply and replies to it', async () => {
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'How do you refer?'), post(2, 'Second')])] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    const [first] = within(list).getAllByRole('article');
    await userEvent.click(within(first!).getByRole('button', { name: 'Quote' }));
    expect(screen.getByLabelText(/Reply \(Markdown\)/)).toHaveValue('> [Anna Ozola wrote](post:post-1)\n>\n> How do you refer?\n\n');
    await userEvent.click(within(first!).getByRole('button', { name: 'Reply' }));
    expect(screen.getByText('Replying to #1 by Anna Ozola')).toBeInTheDocument();
  });

  it('changes the watch level', async () => {
    const levels: string[] = [];
    renderRoute(<Thread />, {
      path,
      url,
      mocks: [
        threadResult([post(1, 'First')]),
        {
          request: { query: SetThreadWatchMutation, variables: (v: { input: { level: string } }) => (levels.push(v.input.level), true) },
          result: {
            data: {
              setWatchLevel: { __typename: 'WatchTarget', thread: { __typename: 'ThreadPage', id: THREAD_ID, watchLevel: 'WATCHING' } },
            },
          },
        },
      ],
    });
    await userEvent.selectOptions(await screen.findByLabelText('Notifications'), 'WATCHING');
    await waitFor(() => expect(levels).toEqual(['WATCHING']));
    await waitFor(() => expect(screen.getByLabelText('Notifications')).toHaveValue('WATCHING'));
  });

  it('shows removed, purged and suspended marks in place of the text', async () => {
    const suspended = post(3, 'Third');
    renderRoute(<Thread />, {
      path,
      url,
      mocks: [
        threadResult([
          post(1, 'First', { removed: true, html: null }),
          post(2, 'Second', { purged: true, html: null }),
          { ...suspended, author: { ...suspended.author, suspended: true } },
          post(4, 'Fourth', {
            author: { ...suspended.author, name: 'Former member', former: true, expertId: null, organisationName: null },
          }),
        ]),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Posts' });
    expect(within(list).getByText('Post removed')).toBeInTheDocument();
    expect(within(list).getByText('Post removed by a moderator')).toBeInTheDocument();
    expect(within(list).getByText('Suspended')).toBeInTheDocument();
    expect(within(list).getByText('Former member')).toBeInTheDocument();
  });

  it('asks anonymous readers to sign in instead of showing a reply box', async () => {
    renderRoute(<Thread />, {
      path,
      url,
      mocks: [
        threadResult([post(1, 'First', { viewerCan: { ...post(1, '').viewerCan, flag: false, react: false } })], {
          unreadCount: null,
          lastReadPosition: null,
          watchLevel: null,
          viewerCan: { __typename: 'ThreadPermissions', reply: false, markSolved: false, moderate: false },
        }),
      ],
    });
    expect(await screen.findByText('Sign in to reply.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Reply \(Markdown\)/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Notifications')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Flag' })).not.toBeInTheDocument();
  });

  it('says so when the thread does not exist or is hidden', async () => {
    renderRoute(<Thread />, { path, url, mocks: [{ ...threadResult([]), result: { data: { thread: null } } }] });
    expect(await screen.findByRole('heading', { name: 'Thread not found' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the thread cannot be loaded', async () => {
    renderRoute(<Thread />, { path, url, mocks: [{ ...threadResult([]), result: undefined, error: new Error('offline') }] });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument());
  });
});

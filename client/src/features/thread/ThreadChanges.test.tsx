import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Thread } from '../../routes/Thread';
import { renderRoute } from '../../test/render';
import { ThreadPageChanges } from './ThreadChanges';
import { THREAD_ID, post, threadResult } from './threadFixtures.test-support';

const path = '/t/:id';
const url = `/t/${THREAD_ID}`;
const TARGET_ID = '6f1c2d9e-0000-4000-8000-000000000002';

const change = (threadChanged: Record<string, unknown>) => ({
  request: { query: ThreadPageChanges, variables: { threadId: THREAD_ID, after: 'c0' } },
  result: { data: { threadChanged } },
  delay: 30,
});
const postChanged = (position: number, fields: Record<string, unknown>) => {
  const { id, edited, editedAt, hidden, removed, purged, html, source, version } = post(position, '', fields);
  return change({
    __typename: 'PostChanged',
    cursor: 'c1',
    post: { __typename: 'Post', id, edited, editedAt, hidden, removed, purged, html, source, version },
  });
};
const body = (list: HTMLElement, position: number) => within(list).getAllByRole('article')[position - 1]!.textContent;

describe('ThreadChanges', () => {
  it('shows an edit made elsewhere in place, from the page’s changes cursor on', async () => {
    const edit = postChanged(2, { html: '<p>Second, corrected</p>', edited: true, editedAt: '2026-11-30T10:00:00.000Z', version: 2 });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First'), post(2, 'Second')]), edit] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    expect(body(list, 2)).toContain('Second');
    await waitFor(() => expect(body(list, 2)).toContain('Second, corrected'));
    expect(body(list, 2)).toContain('edited');
    expect(body(list, 1)).toContain('First');
  });

  it('replaces a post a moderator hid with the hidden notice', async () => {
    const hide = postChanged(1, { hidden: true, html: null });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'Victim details'), post(2, 'Second')]), hide] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    expect(body(list, 1)).toContain('Victim details');
    await waitFor(() => expect(body(list, 1)).toContain('Hidden by a moderator'));
    expect(body(list, 1)).not.toContain('Victim details');
  });

  it('shows a lock made elsewhere', async () => {
    const lock = change({
      __typename: 'ThreadStateChanged',
      cursor: 'c1',
      thread: {
        __typename: 'Thread',
        id: THREAD_ID,
        title: 'Referral of a labour exploitation case',
        tags: ['referral'],
        pinned: false,
        locked: true,
        closed: false,
        solvedPostId: null,
      },
    });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First')]), lock] });
    await screen.findByRole('list', { name: 'Posts' });
    expect(screen.queryByText('Locked')).not.toBeInTheDocument();
    expect(await screen.findByText('Locked')).toBeInTheDocument();
  });

  it('links to the thread this one was merged into', async () => {
    const merged = change({ __typename: 'ThreadMerged', cursor: 'c1', threadId: THREAD_ID, targetThreadId: TARGET_ID });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First')]), merged] });
    await screen.findByRole('list', { name: 'Posts' });
    expect(screen.queryByText(/merged into another thread/)).not.toBeInTheDocument();
    const notice = (await screen.findByText(/This thread was merged into another thread\./)).closest<HTMLElement>('[role="alert"]')!;
    expect(within(notice).getByRole('link', { name: 'Go to the merged thread' })).toHaveAttribute('href', `/t/${TARGET_ID}`);
  });
});

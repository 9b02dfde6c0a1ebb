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
  // Long enough for the page to show its first state before the change, on a loaded machine too.
  delay: 300,
});
const postChanged = (position: number, fields: Record<string, unknown>) => {
  const { id, edited, editedAt, hidden, removed, purged, html, source, version, reactions, viewerCan } = post(position, '', fields);
  return change({
    __typename: 'PostChanged',
    cursor: 'c1',
    post: { __typename: 'Post', id, edited, editedAt, hidden, removed, purged, html, source, version, reactions, viewerCan },
  });
};
const stateChanged = (fields: Record<string, unknown>) =>
  change({
    __typename: 'ThreadStateChanged',
    cursor: 'c1',
    thread: {
      __typename: 'Thread',
      id: THREAD_ID,
      forumId: 'forum-1',
      title: 'Referral of a labour exploitation case',
      tags: ['referral'],
      pinned: false,
      locked: false,
      closed: false,
      solvedPostId: null,
      viewerCan: { __typename: 'ThreadPermissions', reply: true, markSolved: false, moderate: false },
      ...fields,
    },
  });
const noReply = { __typename: 'ThreadPermissions', reply: false, markSolved: false, moderate: false };
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

  it('shows reactions given elsewhere with the reader’s own still pressed', async () => {
    const mine = { __typename: 'ReactionCount', kind: 'THANKS', count: 1, mine: true };
    const reacted = postChanged(1, {
      reactions: [
        { ...mine, count: 2 },
        { __typename: 'ReactionCount', kind: 'USEFUL', count: 1, mine: false },
      ],
    });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First', { reactions: [mine] })]), reacted] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    expect(within(list).getByRole('button', { name: 'Thanks 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(await within(list).findByRole('button', { name: 'Thanks 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(list).getByRole('button', { name: 'Useful 1' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes the reactions away from a post a moderator hid', async () => {
    const viewerCan = { ...post(1, '').viewerCan, react: false, flag: false };
    const hide = postChanged(1, { hidden: true, html: null, viewerCan });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First')]), hide] });
    const list = await screen.findByRole('list', { name: 'Posts' });
    expect(within(list).getByRole('button', { name: 'Thanks 0' })).toBeInTheDocument();
    await waitFor(() => expect(within(list).queryByRole('button', { name: 'Thanks 0' })).not.toBeInTheDocument());
  });

  it('shows a lock made elsewhere and takes the reply box away at once', async () => {
    const lock = stateChanged({ locked: true, viewerCan: noReply });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First')]), lock] });
    await screen.findByRole('list', { name: 'Posts' });
    expect(screen.queryByText('Locked')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post reply' })).toBeInTheDocument();
    expect(await screen.findByText('Locked')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(screen.getByText('This thread is locked: only its moderators may reply.')).toBeInTheDocument();
  });

  it('gives the reply box back when the thread is unlocked elsewhere', async () => {
    const unlock = stateChanged({ locked: false });
    const page = threadResult([post(1, 'First')], { locked: true, viewerCan: noReply });
    renderRoute(<Thread />, { path, url, mocks: [page, unlock] });
    expect(await screen.findByText('This thread is locked: only its moderators may reply.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Post reply' })).toBeInTheDocument();
    expect(screen.queryByText('Locked')).not.toBeInTheDocument();
  });

  it('reads the page again when the thread moves to another forum', async () => {
    const move = stateChanged({ forumId: 'forum-2', viewerCan: noReply });
    const moved = threadResult([post(1, 'First')], {
      forum: { __typename: 'Forum', id: 'forum-2', slug: 'prevention', title: 'Prevention practice' },
      viewerCan: noReply,
    });
    renderRoute(<Thread />, { path, url, mocks: [threadResult([post(1, 'First')]), move, moved] });
    expect(await screen.findByRole('link', { name: 'Referral mechanisms' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Prevention practice' })).toHaveAttribute('href', '/forums/prevention');
    expect(screen.queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
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

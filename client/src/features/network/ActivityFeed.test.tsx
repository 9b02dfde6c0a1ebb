import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { ActivityFeed } from './ActivityFeed';
import { ActivityFeedQuery, ActivityFeedUpdates } from './useActivityFeed';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function activity(id: string, kind: string, organisation: { id: string; name: string } | null) {
  return {
    __typename: 'NetworkActivity',
    id,
    kind,
    occurredAt: minutesAgo(5),
    organisation: organisation && { __typename: 'Organisation', ...organisation },
    expert: null,
  };
}

const older = activity('a1', 'ORGANISATION_ADDED', { id: 'o1', name: 'Liepāja Social Service' });

describe('ActivityFeed', () => {
  it('shows the first page, then prepends live events without refetching', async () => {
    const live = {
      ...activity('a2', 'ORGANISATION_UPDATED', { id: 'o2', name: 'Tartu Victim Support' }),
      occurredAt: new Date().toISOString(),
    };
    renderRoute(<ActivityFeed />, {
      mocks: [
        {
          // Registered once: a refetch instead of a cache update would find no response and fail.
          request: { query: ActivityFeedQuery, variables: { first: 20 } },
          result: {
            data: {
              networkActivity: {
                __typename: 'NetworkActivityConnection',
                edges: [{ __typename: 'NetworkActivityEdge', cursor: 'cursor-a1', node: older }],
              },
            },
          },
        },
        {
          // Subscribed from the newest cursor on screen: the server sends what came after it.
          request: { query: ActivityFeedUpdates, variables: { after: 'cursor-a1' } },
          result: { data: { networkActivity: { __typename: 'NetworkActivityEdge', cursor: 'cursor-a2', node: live } } },
          delay: 50,
        },
      ],
    });

    const feed = await screen.findByTestId('activity-feed');
    expect(feed).toHaveAttribute('aria-live', 'polite');
    expect(within(feed).getByRole('link', { name: 'Liepāja Social Service' })).toHaveAttribute('href', '/organisations/o1');
    expect(within(feed).getByText('Organisation added')).toBeInTheDocument();
    expect(within(feed).getByText('5 minutes ago')).toBeInTheDocument();

    await waitFor(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(feed).getAllByRole('listitem');
    expect(first).toHaveTextContent('Organisation updated');
    expect(within(first!).getByRole('link', { name: 'Tartu Victim Support' })).toHaveAttribute('href', '/organisations/o2');
    expect(within(first!).getByText('now')).toBeInTheDocument();
    expect(second).toHaveTextContent('Liepāja Social Service');
  });

  it('offers a retry when the feed cannot be loaded', async () => {
    renderRoute(<ActivityFeed />, {
      mocks: [
        {
          request: { query: ActivityFeedQuery, variables: { first: 20 } },
          error: new Error('offline'),
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByTestId('activity-feed')).not.toBeInTheDocument();
  });

  it('shows profile events to anonymous visitors without the person, and links the person for members', async () => {
    const anonymous = activity('a3', 'PROFILE_PUBLISHED', { id: 'o1', name: 'Liepāja Social Service' });
    const named = {
      ...activity('a4', 'PROFILE_PUBLISHED', { id: 'o1', name: 'Liepāja Social Service' }),
      expert: { __typename: 'Expert', id: 'e1', fullName: 'Anna Ozola' },
    };
    renderRoute(<ActivityFeed />, {
      mocks: [
        {
          request: { query: ActivityFeedQuery, variables: { first: 20 } },
          result: {
            data: {
              networkActivity: {
                __typename: 'NetworkActivityConnection',
                edges: [anonymous, named].map((node) => ({ __typename: 'NetworkActivityEdge', cursor: `cursor-${node.id}`, node })),
              },
            },
          },
        },
      ],
    });
    const feed = await screen.findByTestId('activity-feed');
    const [first, second] = within(feed).getAllByRole('listitem');
    expect(first).toHaveTextContent('Profile published');
    expect(first).toHaveTextContent('A member');
    expect(
      within(first!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Liepāja Social Service']);
    expect(within(second!).getByRole('link', { name: 'Anna Ozola' })).toHaveAttribute('href', '/experts/e1');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { NotificationList } from './NotificationList';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  NotificationsUpdates,
} from './notificationDocuments';
import { UnreadNotificationCountQuery } from './unreadCountDocuments';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function node(id: string, kind: string, title: string, readAt: string | null = null) {
  return {
    __typename: 'Notification',
    id,
    kind,
    createdAt: minutesAgo(5),
    readAt,
    actor: { __typename: 'NotificationActor', displayName: 'Anna Ozola', expertId: 'expert-anna' },
    subject: { __typename: 'NotificationSubject', type: 'thread', title, path: `/t/${id}-thread` },
  };
}

const page = (...nodes: ReturnType<typeof node>[]) => ({
  request: { query: NotificationsQuery, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        edges: nodes.map((n) => ({ __typename: 'NotificationEdge', cursor: `cursor-${n.id}`, node: n })),
      },
    },
  },
});

describe('NotificationList', () => {
  it('shows each notification with who, what and a link to it, then a live one on top', async () => {
    const live = { ...node('n2', 'MENTION', 'Referral of a victim of labour exploitation'), createdAt: new Date().toISOString() };
    renderRoute(<NotificationList />, {
      mocks: [
        page(node('n1', 'REPLY', 'Prevention campaign in Tartu')),
        {
          request: { query: NotificationsUpdates, variables: { after: 'cursor-n1' } },
          result: { data: { notifications: { __typename: 'NotificationEdge', cursor: 'cursor-n2', node: live } } },
          delay: 50,
        },
      ],
    });
    // The live one may arrive before or after the first page is on screen: assert on the settled list.
    const list = await screen.findByRole('list', { name: 'Newest first' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [top, earlier] = within(list).getAllByRole('listitem');
    expect(top).toHaveTextContent('mentioned you in Referral of a victim of labour exploitation');
    expect(earlier).toHaveTextContent('Unread: Anna Ozola replied to you in Prevention campaign in Tartu');
    expect(within(earlier!).getByRole('link', { name: 'Prevention campaign in Tartu' })).toHaveAttribute('href', '/t/n1-thread');
    expect(within(earlier!).getByRole('link', { name: 'Anna Ozola' })).toHaveAttribute('href', '/experts/expert-anna');
    expect(within(earlier!).getByText('5 minutes ago')).toBeInTheDocument();
  });

  it('marks one read, and all read up to the newest shown', async () => {
    const user = userEvent.setup();
    const read = minutesAgo(0);
    renderRoute(<NotificationList />, {
      mocks: [
        page(node('n2', 'MENTION', 'Newer thread'), node('n1', 'REPLY', 'Older thread')),
        {
          request: { query: MarkNotificationReadMutation, variables: { id: 'n1' } },
          result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n1', readAt: read } } },
        },
        { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 1 } } },
        {
          request: { query: MarkAllNotificationsReadMutation, variables: { upTo: 'cursor-n2' } },
          result: { data: { markAllNotificationsRead: 0 } },
        },
        page(node('n2', 'MENTION', 'Newer thread', read), node('n1', 'REPLY', 'Older thread', read)),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Newest first' });
    const older = within(list).getAllByRole('listitem')[1]!;
    await user.click(within(older).getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(within(older).queryByRole('button', { name: 'Mark read' })).not.toBeInTheDocument());
    expect(older).not.toHaveTextContent('Unread:');

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(within(list).queryAllByRole('button', { name: 'Mark read' })).toHaveLength(0));
  });

  it('says so when there are none, and offers a retry when they cannot be loaded', async () => {
    const { unmount } = renderRoute(<NotificationList />, { mocks: [page()] });
    expect(await screen.findByText(/No notifications yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).not.toBeInTheDocument();
    unmount();
    renderRoute(<NotificationList />, {
      mocks: [{ request: { query: NotificationsQuery, variables: { first: 20 } }, error: new Error('offline') }],
    });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

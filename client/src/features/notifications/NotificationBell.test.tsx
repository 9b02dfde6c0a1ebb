import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerNode } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { ViewerQuery } from '../account/useViewer';
import { NotificationBell } from './NotificationBell';
import { NotificationArrived, UnreadNotificationCountQuery } from './unreadCountDocuments';

const signedIn = { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } };
const count = (unreadNotificationCount: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount } },
});
const arrived = (id: string, delay: number) => ({
  request: { query: NotificationArrived },
  result: {
    data: { notificationAdded: { __typename: 'NotificationEdge', cursor: `cursor-${id}`, node: { __typename: 'Notification', id } } },
  },
  delay,
});

describe('NotificationBell', () => {
  it('names the unread count and links to the notifications page', async () => {
    renderRoute(<NotificationBell />, { mocks: [signedIn, count(3)] });
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('3');
  });

  it('counts a notification that arrives live', async () => {
    renderRoute(<NotificationBell />, { mocks: [signedIn, count(1), arrived('n2', 50)] });
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toHaveTextContent('2');
  });

  it('says only "Notifications" with nothing unread, and is absent when signed out', async () => {
    const { unmount } = renderRoute(<NotificationBell />, { mocks: [signedIn, count(0)] });
    expect(await screen.findByRole('link', { name: 'Notifications' })).not.toHaveTextContent(/\d/);
    unmount();
    renderRoute(
      <>
        <NotificationBell />
        <p>page</p>
      </>,
      { mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer: null } } }] },
    );
    await screen.findByText('page');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: /Notifications/ })).not.toBeInTheDocument();
  });
});

import { useMutation } from '@apollo/client/react';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useLiveConnection } from '../../ui/useLiveConnection';
import { useMutationForm } from '../../ui/useMutationForm';
import { useNow } from '../../ui/useNow';
import { NotificationEntry } from './NotificationEntry';
import classes from './NotificationList.module.css';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  NotificationsUpdates,
} from './notificationDocuments';
import { UnreadNotificationCountQuery } from './unreadCountDocuments';

const listLabelId = 'notifications-list-label';

/** The member's notifications, newest first, new ones arriving live; each read alone or all at once. */
export function NotificationList() {
  const { t } = useTranslation();
  const now = useNow();
  const { edges, error, liveError, retry } = useLiveConnection({
    query: NotificationsQuery,
    variables: { first: PAGE_SIZE_DEFAULT },
    subscription: NotificationsUpdates,
    field: 'notifications',
    order: 'newest-first',
  });
  const [markOne] = useMutation(MarkNotificationReadMutation, { refetchQueries: [UnreadNotificationCountQuery] });
  const [markAll] = useMutation(MarkAllNotificationsReadMutation, {
    // What the server marked is known by cursor, not by id: re-read the page rather than guess.
    refetchQueries: [NotificationsQuery],
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: data.markAllNotificationsRead } });
    },
  });
  const [marking, setMarking] = useState<string | null>(null);
  const markRead = useMutationForm(async (id: string) => {
    setMarking(id);
    try {
      await markOne({ variables: { id } });
    } finally {
      setMarking(null);
    }
  });
  // Up to the newest on screen: one that arrives while the request travels stays unread.
  const markAllRead = useMutationForm(() => markAll({ variables: { upTo: edges?.[0]?.cursor ?? null } }));

  let body;
  if (!edges) body = error ? <ErrorState onRetry={retry} /> : <ListSkeleton rows={4} height={40} />;
  else if (edges.length === 0) body = <EmptyState message={t('notifications.empty')} />;
  else {
    body = (
      <ol className={classes.list} aria-labelledby={listLabelId} aria-live="polite" aria-relevant="additions">
        {edges.map((edge) => (
          <li key={edge.node.id}>
            <NotificationEntry
              notification={edge.node}
              now={now}
              marking={marking === edge.node.id}
              onMarkRead={(id) => void markRead.submit(id)}
            />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text id={listLabelId} fw={600}>
          {t('notifications.listLabel')}
        </Text>
        {edges && edges.length > 0 && (
          <Button variant="outline" size="xs" loading={markAllRead.pending} onClick={() => void markAllRead.submit()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {liveError && (
        <Text size="sm" c="dimmed">
          {t('notifications.liveError')}
        </Text>
      )}
      {(markRead.message ?? markAllRead.message) && <FormAlert kind="error">{markRead.message ?? markAllRead.message}</FormAlert>}
      {body}
    </Stack>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { RelativeTime } from '../../ui/RelativeTime';
import classes from './NotificationList.module.css';

export const NotificationEntryFragment = graphql(`
  fragment NotificationEntry_notification on Notification {
    id
    kind
    createdAt
    readAt
    actor {
      displayName
      expertId
    }
    subject {
      type
      title
      path
    }
  }
`);

interface NotificationEntryProps {
  notification: FragmentType<typeof NotificationEntryFragment>;
  now: number;
  onMarkRead: (id: string) => void;
  marking: boolean;
}

export function NotificationEntry({ notification, now, onMarkRead, marking }: NotificationEntryProps) {
  const { t } = useTranslation();
  const entry = getFragmentData(NotificationEntryFragment, notification);
  const unread = entry.readAt === null;
  const who = entry.actor?.displayName ?? t('notifications.someone');
  return (
    <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap" className={classes.entry} data-unread={unread || undefined}>
      <Stack gap={2}>
        <Text>
          {unread && <span className={classes.visuallyHidden}>{t('notifications.unread')} </span>}
          {entry.actor?.expertId ? <Link to={`/experts/${entry.actor.expertId}`}>{who}</Link> : who} {t(`notifications.kind.${entry.kind}`)}{' '}
          <Link to={entry.subject.path} className={classes.subject}>
            {entry.subject.title}
          </Link>
        </Text>
        <Text size="sm" c="dimmed">
          <RelativeTime iso={entry.createdAt} now={now} />
        </Text>
      </Stack>
      {unread && (
        <Button variant="subtle" size="xs" loading={marking} onClick={() => onMarkRead(entry.id)}>
          {t('notifications.markRead')}
        </Button>
      )}
    </Group>
  );
}

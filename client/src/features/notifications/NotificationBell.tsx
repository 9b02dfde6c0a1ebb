import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../account/useViewer';
import classes from './NotificationBell.module.css';
import { NotificationArrived, UnreadNotificationCountQuery } from './unreadCountDocuments';

// Counts above this show as "99+": the bell is a nudge, not a ledger.
const SHOWN_MAX = 99;

/** A link to the notifications page, with the unread count, kept current by the live feed. */
export function NotificationBell() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationArrived, {
    onData: ({ client }) => {
      client.cache.updateQuery({ query: UnreadNotificationCountQuery }, (current) =>
        current ? { ...current, unreadNotificationCount: current.unreadNotificationCount + 1 } : current,
      );
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to="/notifications"
      className={classes.bell}
      aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className={classes.icon}>
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && (
        <span className={classes.count} aria-hidden="true">
          {count > SHOWN_MAX ? `${SHOWN_MAX}+` : count}
        </span>
      )}
    </Link>
  );
}

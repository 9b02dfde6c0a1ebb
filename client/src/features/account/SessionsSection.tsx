import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { useMutationForm } from '../../ui/useMutationForm';
import { deviceName } from './deviceName';
import classes from './SessionsSection.module.css';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export function SessionsSection() {
  const { t } = useTranslation();
  // "5 minutes ago" as of when the list was opened: render stays pure.
  const [openedAt] = useState(Date.now);
  const format = useFormat();
  // Always re-read: another device may have signed in since the page was last open.
  const { data, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeSessionMutation);
  const revokeSession = useMutationForm((id: string) =>
    revoke({
      variables: { id },
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
        cache.gc();
      },
    }),
  );

  let body;
  if (!data) body = error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={2} height={48} />;
  else {
    // This device first, then the most recently used.
    const sessions = data.mySessions.toSorted((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
    body = (
      <ul className={classes.list} aria-label={t('account.sessions.listLabel')}>
        {sessions.map((session) => (
          <li key={session.id} className={classes.item}>
            <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
              <Stack gap={2} className={classes.details}>
                <Group gap="xs">
                  <Text fw={600} className={classes.agent}>
                    <DeviceLabel userAgent={session.userAgent} />
                  </Text>
                  {session.current && (
                    <Badge variant="outline" tt="none">
                      {t('account.sessions.thisDevice')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {t('account.sessions.lastSeen')}{' '}
                  <time dateTime={session.lastSeenAt} title={format.dateTime(session.lastSeenAt)}>
                    {format.relativeTime(session.lastSeenAt, openedAt)}
                  </time>
                  {' · '}
                  {t('account.sessions.signedIn')} <time dateTime={session.createdAt}>{format.dateTime(session.createdAt)}</time>
                </Text>
              </Stack>
              {!session.current && (
                <ConfirmButton
                  variant="outline"
                  color="red"
                  size="xs"
                  label={t('account.sessions.revoke')}
                  question={t('account.sessions.revokeQuestion')}
                  confirmLabel={t('account.sessions.revoke')}
                  onConfirm={() => revokeSession.submit(session.id)}
                />
              )}
            </Group>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Section id="account-sessions" title={t('account.sessions.title')}>
      <Text size="sm">{t('account.sessions.intro')}</Text>
      {revokeSession.message && <FormAlert kind="error">{revokeSession.message}</FormAlert>}
      {body}
    </Section>
  );
}

/** "Chrome on Linux"; the raw user-agent string stays available as a tooltip for the curious. */
function DeviceLabel({ userAgent }: { userAgent: string | null }) {
  const { t } = useTranslation();
  const device = deviceName(userAgent);
  if (!device) return <>{t('account.sessions.unknownDevice')}</>;
  const { browser, system } = device;
  const label = browser && system ? t('account.sessions.device', { browser, system }) : (browser ?? system);
  return <span title={userAgent ?? undefined}>{label}</span>;
}

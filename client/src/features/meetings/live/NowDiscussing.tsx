import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './liveStateReducer';
import { LiveTimer } from './LiveTimer';
import { ExtendAgendaItemMutation, MoveAgendaMutation } from './meetingLiveDocuments';
import { useLiveAction } from './useLiveAction';

interface NowDiscussingProps {
  state: LiveState;
  hosting: boolean;
}

/** The "now discussing" pointer with its timer, everyone's; hosts move it on, back, and add time. */
export function NowDiscussing({ state, hosting }: NowDiscussingProps) {
  const { t } = useTranslation();
  const [move] = useMutation(MoveAgendaMutation);
  const [extend] = useMutation(ExtendAgendaItemMutation);
  const action = useLiveAction();
  const { items, nowDiscussing } = state.agenda;
  const current = nowDiscussing ? items.find((item) => item.id === nowDiscussing.itemId) : undefined;
  const live = state.status === 'LIVE';
  // No current item after items were taken up: the agenda is through (the host may go back to the last).
  const through = !nowDiscussing && items.some((item) => item.startedAt !== null);
  const moveFrom = (direction: 'NEXT' | 'PREVIOUS') =>
    action.run(() => move({ variables: { input: { meetingId: state.meetingId, fromItemId: nowDiscussing?.itemId ?? null, direction } } }));
  return (
    <Paper component="section" aria-labelledby="now-discussing" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h3" id="now-discussing">
          {t('meetingLive.now.title')}
        </Title>
        <div aria-live="polite">
          {current && nowDiscussing ? (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('meetingLive.now.item', { position: nowDiscussing.position + 1, count: items.length })}
              </Text>
              <Text size="lg" fw={700} data-testid="now-discussing-title">
                {current.title}
              </Text>
              {current.presenter && <Text size="sm">{t('meetingLive.now.presenter', { name: current.presenter.name })}</Text>}
              {nowDiscussing.extraMinutes > 0 && <Text size="sm">{t('meetingLive.now.extra', { count: nowDiscussing.extraMinutes })}</Text>}
            </Stack>
          ) : (
            <Text>{through ? t('meetingLive.now.through') : t('meetingLive.now.none')}</Text>
          )}
        </div>
        {current && nowDiscussing && live && <LiveTimer plannedEndsAt={nowDiscussing.plannedEndsAt} />}
        {hosting && live && items.length > 0 && (
          <Group gap="xs">
            {nowDiscussing && (
              <Button variant="default" disabled={action.busy || nowDiscussing.position === 0} onClick={() => void moveFrom('PREVIOUS')}>
                {t('meetingLive.host.previous')}
              </Button>
            )}
            {!nowDiscussing && through && (
              <Button variant="default" disabled={action.busy} onClick={() => void moveFrom('PREVIOUS')}>
                {t('meetingLive.host.previous')}
              </Button>
            )}
            {(nowDiscussing || !through) && (
              <Button disabled={action.busy} onClick={() => void moveFrom('NEXT')}>
                {nowDiscussing ? t('meetingLive.host.next') : t('meetingLive.host.first')}
              </Button>
            )}
            {nowDiscussing && (
              <Button
                variant="default"
                disabled={action.busy}
                onClick={() =>
                  void action.run(() =>
                    extend({ variables: { input: { meetingId: state.meetingId, itemId: nowDiscussing.itemId, minutes: 5 } } }),
                  )
                }
              >
                {t('meetingLive.host.extend')}
              </Button>
            )}
          </Group>
        )}
        {action.error && (
          <Alert color="red" role="alert">
            {action.error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

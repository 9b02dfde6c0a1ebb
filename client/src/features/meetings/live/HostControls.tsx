import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import type { LiveState } from './liveStateReducer';
import { EndMeetingMutation, StartMeetingMutation } from './meetingLiveDocuments';
import { useLiveAction } from './useLiveAction';

/** Start and end: for hosts only (the server refuses everyone else alike). */
export function HostControls({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const action = useLiveAction();
  const [start] = useMutation(StartMeetingMutation);
  const [end] = useMutation(EndMeetingMutation);
  const id = state.meetingId;
  if (state.status !== 'SCHEDULED' && state.status !== 'DRAFT' && state.status !== 'LIVE') return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {state.status === 'LIVE' ? (
          <ConfirmButton
            label={t('meetingLive.host.end')}
            question={t('meetingLive.host.endConfirm')}
            confirmLabel={t('meetingLive.host.end')}
            variant="default"
            onConfirm={() => action.run(() => end({ variables: { id } }))}
          />
        ) : (
          <Button disabled={action.busy} onClick={() => void action.run(() => start({ variables: { id } }))}>
            {t('meetingLive.host.start')}
          </Button>
        )}
      </Group>
      {action.error && (
        <Alert color="red" role="alert">
          {action.error}
        </Alert>
      )}
    </Stack>
  );
}

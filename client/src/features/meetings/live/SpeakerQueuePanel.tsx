import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCountryName } from '../../../ui/useCountryName';
import type { LiveState } from './liveStateReducer';
import {
  CallNextSpeakerMutation,
  FinishSpeakerMutation,
  LowerHandMutation,
  RaiseHandMutation,
  SetSpeakerBalanceMutation,
} from './meetingLiveDocuments';
import { useLiveAction } from './useLiveAction';

interface SpeakerQueuePanelProps {
  state: LiveState;
  hosting: boolean;
  takingPart: boolean;
  viewerId: string | null;
}

/** Who speaks and who waits, in the order the queue will follow; a raise-hand button; hosts call and balance. */
export function SpeakerQueuePanel({ state, hosting, takingPart, viewerId }: SpeakerQueuePanelProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const action = useLiveAction();
  const [raise] = useMutation(RaiseHandMutation);
  const [lower] = useMutation(LowerHandMutation);
  const [call] = useMutation(CallNextSpeakerMutation);
  const [finish] = useMutation(FinishSpeakerMutation);
  const [balance] = useMutation(SetSpeakerBalanceMutation);
  const queue = state.speakerQueue;
  const meetingId = state.meetingId;
  const live = state.status === 'LIVE';
  const speakingMe = queue.speaking?.person.userId === viewerId;
  const place = queue.waiting.findIndex((request) => request.person.userId === viewerId);
  const who = (person: { name: string; countryCode: string | null }) =>
    person.countryCode ? `${person.name} (${countryName(person.countryCode)})` : person.name;
  return (
    <Section id="speaker-queue" title={t('meetingLive.speakers.title')}>
      <div aria-live="polite">
        <Text fw={600}>
          {speakingMe
            ? t('meetingLive.speakers.youSpeak')
            : queue.speaking
              ? t('meetingLive.speakers.speaking', { name: who(queue.speaking.person) })
              : t('meetingLive.speakers.nobodySpeaking')}
        </Text>
        {place >= 0 && <Text size="sm">{t('meetingLive.speakers.yourPlace', { place: place + 1 })}</Text>}
      </div>
      {live && takingPart && (
        <Group gap="xs">
          {speakingMe && queue.speaking ? (
            <Button
              size="md"
              disabled={action.busy}
              onClick={() => void action.run(() => finish({ variables: { meetingId, requestId: queue.speaking!.id } }))}
            >
              {t('meetingLive.speakers.finish')}
            </Button>
          ) : place >= 0 ? (
            <Button
              size="md"
              variant="default"
              disabled={action.busy}
              onClick={() => void action.run(() => lower({ variables: { meetingId } }))}
            >
              {t('meetingLive.speakers.lower')}
            </Button>
          ) : (
            <Button size="md" disabled={action.busy} onClick={() => void action.run(() => raise({ variables: { meetingId } }))}>
              {t('meetingLive.speakers.raise')}
            </Button>
          )}
        </Group>
      )}
      {queue.waiting.length === 0 ? (
        <Text c="dimmed">{t('meetingLive.speakers.empty')}</Text>
      ) : (
        <Stack component="ol" aria-label={t('meetingLive.speakers.waitingLabel')} gap={4} pl="lg" m={0}>
          {queue.waiting.map((request) => (
            <li key={request.id}>
              <Text>{who(request.person)}</Text>
            </li>
          ))}
        </Stack>
      )}
      {hosting && live && (
        <Stack gap="xs">
          <Group gap="xs">
            <Button
              disabled={action.busy || queue.waiting.length === 0}
              onClick={() => void action.run(() => call({ variables: { meetingId, requestId: queue.waiting[0]?.id ?? null } }))}
            >
              {t('meetingLive.speakers.callNext')}
            </Button>
            {queue.speaking && !speakingMe && (
              <Button
                variant="default"
                disabled={action.busy}
                onClick={() => void action.run(() => finish({ variables: { meetingId, requestId: queue.speaking!.id } }))}
              >
                {t('meetingLive.speakers.finishFor')}
              </Button>
            )}
          </Group>
          <Checkbox
            label={t('meetingLive.speakers.balanced')}
            checked={queue.balanced}
            disabled={action.busy}
            onChange={(event) => {
              const balanced = event.currentTarget.checked;
              void action.run(() => balance({ variables: { meetingId, balanced } }));
            }}
          />
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        {t('meetingLive.speakers.turns')}:{' '}
        {queue.turnsByCountry.length === 0
          ? t('meetingLive.speakers.turnsEmpty')
          : queue.turnsByCountry
              .map(
                (turns) => `${turns.countryCode ? countryName(turns.countryCode) : t('meetingLive.attendance.noCountry')} ${turns.turns}`,
              )
              .join(', ')}
      </Text>
      {action.error && (
        <Alert color="red" role="alert">
          {action.error}
        </Alert>
      )}
    </Section>
  );
}

import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { NotFoundState } from '../../../ui/NotFoundState';
import { PageHeader } from '../../../ui/PageHeader';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { AttendancePanel } from './AttendancePanel';
import { HostControls } from './HostControls';
import { LiveAgenda } from './LiveAgenda';
import { LIVE_SECTIONS } from './liveSections';
import { NowDiscussing } from './NowDiscussing';
import { SpeakerQueuePanel } from './SpeakerQueuePanel';
import { useMeetingLive } from './useMeetingLive';

/**
 * The live view every participant shares, made for a phone in the room first: what is discussed now and its
 * timer, the agenda, the speaker queue with a raise-hand button, attendance; hosts get their controls inline.
 */
export function MeetingLivePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, state, events, error, liveError, refetch, viewerId } = useMeetingLive(id);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const back = (
    <Anchor component={Link} to={`/meetings/${id}`}>
      {t('meetingLive.backToMeeting')}
    </Anchor>
  );
  if (!data.meeting) {
    return (
      <NotFoundState title={t('meetings.title')} message={t('meetings.notFound')}>
        {back}
      </NotFoundState>
    );
  }
  if (!state || !events) return <PageSkeleton />;
  const meeting = data.meeting;
  const hosting = meeting.viewerCan.manage;
  const takingPart = hosting || (meeting.viewerStatus !== null && meeting.viewerStatus !== 'DECLINED');
  const sectionProps = { state, hosting, takingPart, viewerId, events };
  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={t('meetingLive.title', { title: meeting.title })} />
      <Group gap="xs">
        <Badge color={state.status === 'LIVE' ? 'red.9' : 'gray.8'}>{t(`meetings.status.${state.status}`)}</Badge>
      </Group>
      {state.status !== 'LIVE' && <Text>{t(`meetingLive.notLive.${state.status}`)}</Text>}
      {liveError && (
        <Alert color="yellow" role="alert">
          {t('meetingLive.liveLost')}
        </Alert>
      )}
      {hosting && <HostControls state={state} />}
      <NowDiscussing state={state} hosting={hosting} />
      <SpeakerQueuePanel {...sectionProps} />
      <LiveAgenda state={state} />
      <AttendancePanel state={state} takingPart={takingPart} participants={hosting ? meeting.participants : null} />
      {LIVE_SECTIONS.map(({ key, Component }) => (
        <Component key={key} {...sectionProps} />
      ))}
    </Stack>
  );
}

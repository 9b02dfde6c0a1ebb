import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import { ErrorState } from '../../../ui/ErrorState';
import { NotFoundState } from '../../../ui/NotFoundState';
import { PageHeader } from '../../../ui/PageHeader';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { MeetingDatePoll } from '../MeetingDatePoll';
import { MeetingDetailFragment, MeetingDetailQuery } from '../meetingDocuments';
import { MeetingTime } from '../MeetingTime';
import { DatePollHostPanel } from './DatePollHostPanel';
import { useDatePollLive } from './useDatePollLive';

/**
 * `/meetings/:id/poll`: the date poll on its own page. Invitees answer each slot (in their zone, the meeting's
 * beside it); hosts see the slots ranked, live as answers come in, pick one (which schedules the meeting and tells
 * everyone) or propose anew.
 */
export function DatePollPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingDetailQuery, { variables: { id } });
  const hosting = data?.meeting ? getFragmentData(MeetingDetailFragment, data.meeting).viewerCan.manage : false;
  // Hosts watch the answers come in.
  useDatePollLive(id, hosting, refetch);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  if (!data.meeting) return <NotFoundState title={t('meetings.datePoll.title')} message={t('meetings.notFound')} />;
  const meeting = getFragmentData(MeetingDetailFragment, data.meeting);
  const back = (
    <Anchor component={Link} to={`/meetings/${meeting.id}`}>
      {t('meetings.datePoll.back', { title: meeting.title })}
    </Anchor>
  );
  const open = meeting.status === 'DRAFT';
  return (
    <Stack gap="xl">
      {back}
      <PageHeader title={t('meetings.datePoll.heading', { title: meeting.title })} />
      {!open && (
        <Stack gap="xs">
          <Text>{t('meetings.datePoll.closed')}</Text>
          <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
        </Stack>
      )}
      {open && meeting.dateSlots.length === 0 && !meeting.viewerCan.manage && <Text>{t('meetings.datePoll.noSlots')}</Text>}
      {open && meeting.dateSlots.length > 0 && <MeetingDatePoll meeting={meeting} />}
      {open && meeting.viewerCan.manage && <DatePollHostPanel meeting={meeting} />}
    </Stack>
  );
}

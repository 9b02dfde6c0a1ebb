import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { FirstPageSkeleton } from '../../ui/FirstPageSkeleton';
import { Section } from '../../ui/Section';
import { useDeferredArrival } from '../../ui/useDeferredArrival';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingDatePoll } from './MeetingDatePoll';
import { MeetingDetailFragment, MeetingDetailQuery } from './meetingDocuments';
import { MeetingFacts } from './MeetingFacts';
import { MeetingParticipants } from './MeetingParticipants';
import { MeetingRsvp } from './MeetingRsvp';
import { MeetingAgendaSection } from './live/MeetingAgendaSection';
import { MeetingHostLinks } from './plan/MeetingHostLinks';
import { CarriedActionItems } from './outcomes/CarriedActionItems';
import { MeetingOutcomes } from './outcomes/MeetingOutcomes';
import { MinutesLink } from './outcomes/MinutesLink';

/** One meeting: what and when, the reader's answer, the date poll while open, who comes, calendar links. */
export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: answer, error, refetch } = useQuery(MeetingDetailQuery, { variables: { id } });
  // The whole page at once: its first render yields to the browser, behind the skeleton (S8, TBT).
  const data = useDeferredArrival(answer);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <FirstPageSkeleton />;
  const back = (
    <Anchor component={Link} to="/meetings">
      {t('meetings.back')}
    </Anchor>
  );
  if (!data.meeting) {
    return (
      <NotFoundState title={t('meetings.title')} message={t('meetings.notFound')}>
        {back}
      </NotFoundState>
    );
  }
  const meeting = getFragmentData(MeetingDetailFragment, data.meeting);
  const polling = meeting.status === 'DRAFT' && meeting.dateSlots.length > 0;
  return (
    <Stack gap="xl">
      {back}
      <PageHeader title={meeting.title} />
      <MeetingHostLinks meeting={meeting} />
      <MeetingFacts meeting={meeting} />
      {meeting.purpose && (
        <Section id="meeting-purpose" title={t('meetings.purpose')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.purpose}</Text>
        </Section>
      )}
      {polling && <MeetingDatePoll meeting={meeting} />}
      {meeting.viewerCan.rsvp && <MeetingRsvp meeting={meeting} />}
      <MeetingAgendaSection meetingId={meeting.id} />
      <CarriedActionItems meetingId={meeting.id} />
      {meeting.status === 'ENDED' && <MinutesLink meetingId={meeting.id} />}
      {(meeting.status === 'SCHEDULED' || meeting.status === 'LIVE' || meeting.status === 'ENDED') && (
        <MeetingOutcomes meetingId={meeting.id} />
      )}
      <MeetingParticipants meeting={meeting} />
      <MeetingCalendar calendarPath={meeting.calendarPath} feedCreatedAt={data.calendarFeedCreatedAt ?? null} />
    </Stack>
  );
}

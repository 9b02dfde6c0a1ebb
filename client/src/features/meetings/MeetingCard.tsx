import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../gql';
import { MeetingSummaryFragment } from './meetingDocuments';
import { MeetingTime } from './MeetingTime';
import { useCountryName } from '../../ui/useCountryName';

/** One meeting of the list: title (a link), when, format, status and where the reader stands. */
export function MeetingCard(props: { meeting: FragmentType<typeof MeetingSummaryFragment> }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const meeting = getFragmentData(MeetingSummaryFragment, props.meeting);
  const place =
    meeting.level === 'LOCAL'
      ? meeting.municipalityName
      : meeting.level === 'NATIONAL' && meeting.countryCode
        ? countryName(meeting.countryCode)
        : null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600} component="h2" size="lg">
          <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </Text>
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
        <Group gap="xs">
          <Badge variant="outline" tt="none" color={meeting.status === 'CANCELLED' ? 'red.9' : 'blue.9'}>
            {t(`meetings.status.${meeting.status}`)}
          </Badge>
          <Badge variant="outline" tt="none" color="gray.9">
            {t(`meetings.format.${meeting.format}`)}
          </Badge>
          <Badge variant="outline" tt="none" color="gray.9">
            {t(`meetings.level.${meeting.level}`)}
            {place ? ` · ${place}` : ''}
          </Badge>
          {meeting.viewerStatus && (
            <Badge variant="outline" tt="none" color={meeting.viewerStatus === 'ACCEPTED' ? 'teal.9' : 'gray.9'}>
              {t(`meetings.viewerStatus.${meeting.viewerStatus}`)}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

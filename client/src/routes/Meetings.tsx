import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingList } from '../features/meetings/MeetingList';
import { useMeetingStrings } from '../features/meetings/meetingStrings';
import { PlanMeetingLink } from '../features/meetings/plan/PlanMeetingLink';
import { PageHeader } from '../ui/PageHeader';
import { useDateFormatWarmUp } from '../ui/intlWarmUp';

export function Meetings() {
  useMeetingStrings();
  // Each card writes the meeting's times.
  useDateFormatWarmUp();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('meetings.title')} intro={t('meetings.intro')} />
      <RequireViewer signInMessage={t('meetings.signIn')}>
        {() => (
          <Stack gap="md">
            <PlanMeetingLink />
            <MeetingList />
          </Stack>
        )}
      </RequireViewer>
    </Stack>
  );
}

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingEditPage } from '../features/meetings/plan/MeetingEditForm';
import { useMeetingStrings } from '../features/meetings/meetingStrings';
import { PageHeader } from '../ui/PageHeader';

export function MeetingEdit() {
  useMeetingStrings();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <PageHeader title={t('meetings.edit.title')} />
      <RequireViewer signInMessage={t('meetings.signIn')}>{() => <MeetingEditPage id={id} />}</RequireViewer>
    </Stack>
  );
}

import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingPlanWizard } from '../features/meetings/plan/MeetingPlanWizard';
import { useMeetingStrings } from '../features/meetings/meetingStrings';
import { PageHeader } from '../ui/PageHeader';

export function MeetingNew() {
  useMeetingStrings();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings">
        {t('meetings.back')}
      </Anchor>
      <PageHeader title={t('meetings.plan.heading')} intro={t('meetings.plan.intro')} />
      <RequireViewer signInMessage={t('meetings.signIn')}>{() => <MeetingPlanWizard />}</RequireViewer>
    </Stack>
  );
}

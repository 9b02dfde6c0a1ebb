import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { RequestList } from '../features/counterpart-requests/RequestList';
import { useRequestStrings } from '../features/counterpart-requests/requestStrings';
import { StatisticsLink } from '../features/counterpart-requests/StatisticsLink';
import { PageHeader } from '../ui/PageHeader';

export function Requests() {
  useRequestStrings();
  const { t } = useTranslation('requests');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      <RequireViewer signInMessage={t('signIn')}>
        {(viewer) => (
          <Stack gap="md">
            <StatisticsLink />
            <RequestList oversees={viewer.can.administer || viewer.can.approveInvitations} />
          </Stack>
        )}
      </RequireViewer>
    </Stack>
  );
}

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { RequestList } from '../features/counterpart-requests/RequestList';
import { useRequestStrings } from '../features/counterpart-requests/requestStrings';
import { PageHeader } from '../ui/PageHeader';

export function Requests() {
  useRequestStrings();
  const { t } = useTranslation('requests');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      <RequireViewer signInMessage={t('signIn')}>
        {(viewer) => <RequestList oversees={viewer.can.administer || viewer.can.approveInvitations} />}
      </RequireViewer>
    </Stack>
  );
}

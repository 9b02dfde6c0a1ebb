import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { NotificationList } from '../features/notifications/NotificationList';
import { PageHeader } from '../ui/PageHeader';

export function Notifications() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('notifications.title')} />
      <RequireViewer signInMessage={t('notifications.signIn')}>{() => <NotificationList />}</RequireViewer>
    </Stack>
  );
}

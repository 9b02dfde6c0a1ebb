import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ApprovalsQueue } from '../features/invitations/ApprovalsQueue';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Approvals() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('approvals.title')} />
      <Title order={1}>{t('approvals.title')}</Title>
      <Text>{t('approvals.intro')}</Text>
      <RequireViewer signInMessage={t('invitations.signIn')} permission="approveInvitations">
        {() => <ApprovalsQueue />}
      </RequireViewer>
    </Stack>
  );
}

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ApprovalsQueue } from '../features/invitations/ApprovalsQueue';
import { ProposedOrganisations } from '../features/upkeep/ProposedOrganisations';
import { PageHeader } from '../ui/PageHeader';

export function Approvals() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('approvals.title')} intro={t('approvals.intro')} />
      <RequireViewer signInMessage={t('invitations.signIn')} permission="approveInvitations">
        {() => (
          <>
            <ProposedOrganisations />
            <ApprovalsQueue />
          </>
        )}
      </RequireViewer>
    </Stack>
  );
}

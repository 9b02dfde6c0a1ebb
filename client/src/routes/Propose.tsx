import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { InvitationForm } from '../features/invitations/InvitationForm';
import { PageHeader } from '../ui/PageHeader';

export function Propose() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('invitations.propose.title')} intro={t('invitations.propose.intro')} />
      <RequireViewer signInMessage={t('invitations.signIn')} permission="proposeMembers">
        {() => <InvitationForm kind="propose" />}
      </RequireViewer>
    </Stack>
  );
}

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { InvitationForm } from '../features/invitations/InvitationForm';
import { PageHeader } from '../ui/PageHeader';

export function Invite() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('invitations.invite.title')} intro={t('invitations.invite.intro')} />
      <RequireViewer signInMessage={t('invitations.signIn')} permission="inviteMembers">
        {() => <InvitationForm kind="invite" />}
      </RequireViewer>
    </Stack>
  );
}

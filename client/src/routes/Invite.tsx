import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { InvitationForm } from '../features/invitations/InvitationForm';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Invite() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('invitations.invite.title')} />
      <Title order={1}>{t('invitations.invite.title')}</Title>
      <Text>{t('invitations.invite.intro')}</Text>
      <RequireViewer signInMessage={t('invitations.signIn')} permission="inviteMembers">
        {() => <InvitationForm kind="invite" />}
      </RequireViewer>
    </Stack>
  );
}

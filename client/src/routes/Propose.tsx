import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { InvitationForm } from '../features/invitations/InvitationForm';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Propose() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('invitations.propose.title')} />
      <Title order={1}>{t('invitations.propose.title')}</Title>
      <Text>{t('invitations.propose.intro')}</Text>
      <RequireViewer signInMessage={t('invitations.signIn')} permission="proposeMembers">
        {() => <InvitationForm kind="propose" />}
      </RequireViewer>
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { InvitationQueue, TABS } from '../invitations/ApprovalsQueue';

// "Invited" people have no account yet: they are invitations, waiting for approval or for the invitee.
export function PendingInvitations() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <Text size="sm">{t('admin.members.invitedNote')}</Text>
      {message && <FormAlert kind="success">{message}</FormAlert>}
      {TABS.map((status) => (
        <Stack key={status} gap="sm">
          <Title order={2} size="h3">
            {t(`approvals.tab.${status}`)}
          </Title>
          <InvitationQueue status={status} onDone={setMessage} />
        </Stack>
      ))}
    </Stack>
  );
}

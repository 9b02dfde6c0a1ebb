import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitation as AcceptInvitationForm } from '../features/invitations/AcceptInvitation';
import { DocumentTitle } from '../ui/DocumentTitle';
import { EmptyState } from '../ui/EmptyState';

export function AcceptInvitation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('invitations.accept.title')} />
      <Title order={1}>{t('invitations.accept.title')}</Title>
      <Text>{t('invitations.accept.intro')}</Text>
      {token ? (
        <AcceptInvitationForm key={token} token={token} onAccepted={() => void navigate('/account', { replace: true })} />
      ) : (
        <EmptyState message={t('invitations.accept.invalid')} />
      )}
    </Stack>
  );
}

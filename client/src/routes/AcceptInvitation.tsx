import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitation as AcceptInvitationForm } from '../features/invitations/AcceptInvitation';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/EmptyState';

export function AcceptInvitation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim();
  return (
    <Stack gap="lg">
      <PageHeader title={t('invitations.accept.title')} intro={t('invitations.accept.intro')} />
      {token ? (
        <AcceptInvitationForm key={token} token={token} onAccepted={() => void navigate('/account?welcome', { replace: true })} />
      ) : (
        <EmptyState message={t('invitations.accept.invalid')} />
      )}
    </Stack>
  );
}

import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../features/auth/ResetPasswordForm';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/EmptyState';

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim();
  return (
    <Stack gap="lg" maw={420}>
      <PageHeader title={t('auth.reset.title')} />
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <EmptyState message={t('auth.reset.invalidLink')}>
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.requestAgain')}
          </Anchor>
        </EmptyState>
      )}
    </Stack>
  );
}

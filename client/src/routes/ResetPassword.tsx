import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../features/auth/ResetPasswordForm';
import { DocumentTitle } from '../ui/DocumentTitle';
import { EmptyState } from '../ui/EmptyState';

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim();
  return (
    <Stack gap="lg" maw={420}>
      <DocumentTitle page={t('auth.reset.title')} />
      <Title order={1}>{t('auth.reset.title')}</Title>
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

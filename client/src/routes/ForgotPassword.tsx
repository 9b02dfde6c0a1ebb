import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../features/auth/ForgotPasswordForm';
import { PageHeader } from '../ui/PageHeader';

export function ForgotPassword() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={420}>
      <PageHeader title={t('auth.forgot.title')} intro={t('auth.forgot.intro')} />
      <ForgotPasswordForm />
      <Anchor component={Link} to="/sign-in">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}

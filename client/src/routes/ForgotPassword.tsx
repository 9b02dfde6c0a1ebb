import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../features/auth/ForgotPasswordForm';
import { DocumentTitle } from '../ui/DocumentTitle';

export function ForgotPassword() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={420}>
      <DocumentTitle page={t('auth.forgot.title')} />
      <Title order={1}>{t('auth.forgot.title')}</Title>
      <Text>{t('auth.forgot.intro')}</Text>
      <ForgotPasswordForm />
      <Anchor component={Link} to="/sign-in">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}

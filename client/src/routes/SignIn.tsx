import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../features/auth/safeNext';
import { SignInForm } from '../features/auth/SignInForm';
import { DocumentTitle } from '../ui/DocumentTitle';

export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  return (
    <Stack gap="lg" maw={420}>
      <DocumentTitle page={t('auth.signIn.title')} />
      <Title order={1}>{t('auth.signIn.title')}</Title>
      <Text>{t('auth.signIn.intro')}</Text>
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      <Text size="sm">
        {t('auth.signIn.noAccount')}{' '}
        <Anchor component={Link} to="/" inherit>
          {t('auth.signIn.aboutNetwork')}
        </Anchor>
      </Text>
    </Stack>
  );
}

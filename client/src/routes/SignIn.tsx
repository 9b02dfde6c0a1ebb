import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../features/auth/safeNext';
import { SignInForm } from '../features/auth/SignInForm';
import { PageHeader } from '../ui/PageHeader';

export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  return (
    <Stack gap="lg" maw={420}>
      <PageHeader title={t('auth.signIn.title')} intro={t('auth.signIn.intro')} />
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

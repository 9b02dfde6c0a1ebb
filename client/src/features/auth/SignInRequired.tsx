import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { signInPath } from './safeNext';

// Not an error: the page exists, it is for members. Signing in brings the reader back here.
export function SignInRequired({ message }: { message: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <EmptyState message={message}>
      <Group gap="md">
        <Button component={Link} to={signInPath(`${location.pathname}${location.search}`)}>
          {t('auth.signIn.link')}
        </Button>
        <Anchor component={Link} to="/join">
          {t('join.more')}
        </Anchor>
      </Group>
    </EmptyState>
  );
}

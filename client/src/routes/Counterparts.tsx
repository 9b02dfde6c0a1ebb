import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFinderStrings } from '../app/finderStrings';
import { useViewer } from '../features/account/useViewer';
import { SignInRequired } from '../features/auth/SignInRequired';
import { CounterpartFinder } from '../features/counterparts/CounterpartFinder';
import { DocumentTitle } from '../ui/DocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageSkeleton } from '../ui/PageSkeleton';

export function Counterparts() {
  useFinderStrings();
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();
  let body;
  if (viewer === undefined) body = error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  // Counterparts are experts, and experts are for members (DESIGN §8).
  else if (viewer === null) body = <SignInRequired message={t('counterparts.signIn')} />;
  else body = <CounterpartFinder />;
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('counterparts.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('counterparts.title')}</Title>
        <Text>{t('counterparts.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}

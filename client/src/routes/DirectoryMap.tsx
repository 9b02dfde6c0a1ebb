import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../app/mapStrings';
import { useViewer } from '../features/account/useViewer';
import { MunicipalityMap } from '../features/map/MunicipalityMap';
import { DocumentTitle } from '../ui/DocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageSkeleton } from '../ui/PageSkeleton';

export function DirectoryMap() {
  useMapStrings();
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();
  let body;
  // Who is reading decides what a marker counts and where it leads (experts are for members).
  if (viewer === undefined) body = error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  else body = <MunicipalityMap member={viewer !== null} />;
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('map.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('map.title')}</Title>
        <Text>{viewer === null ? t('map.introAnonymous') : t('map.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}

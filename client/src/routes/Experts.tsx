import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/account/useViewer';
import { SignInRequired } from '../features/auth/SignInRequired';
import { ExpertFilters } from '../features/experts/ExpertFilters';
import { ExpertList } from '../features/experts/ExpertList';
import { useExpertFilter } from '../features/experts/useExpertFilter';
import { useExpertFacets } from '../features/facets/useExpertFacets';
import { useLiveDirectory } from '../features/directory/useLiveDirectory';
import { ExportButton } from '../features/export/ExportButton';
import { CounterpartLink } from '../features/counterparts/CounterpartLink';
import { DocumentTitle } from '../ui/DocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageSkeleton } from '../ui/PageSkeleton';

function Directory() {
  const { filter, values, update, clear, active } = useExpertFilter();
  const facets = useExpertFacets(filter);
  useLiveDirectory(facets.refetch);
  return (
    <>
      <ExpertFilters values={values} update={update} clear={clear} active={active} counts={facets.counts} />
      <Group gap="sm">
        <CounterpartLink role={values.role} country={values.country} municipality={values.municipality} />
        <ExportButton filter={filter} />
      </Group>
      <ExpertList filter={filter} filtersActive={active} onClearFilters={clear} />
    </>
  );
}

export function Experts() {
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();
  let body;
  if (viewer === undefined) body = error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  // The directory is for members (DESIGN §8): a visitor is invited to sign in, not shown an error.
  else if (viewer === null) body = <SignInRequired message={t('experts.signIn')} />;
  else body = <Directory />;
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('experts.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('experts.title')}</Title>
        <Text>{t('experts.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}

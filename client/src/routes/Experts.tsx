import { Group, Stack } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ExpertFilters } from '../features/experts/ExpertFilters';
import { ExpertList } from '../features/experts/ExpertList';
import { useExpertFilter } from '../features/experts/useExpertFilter';
import { ExpertFacetsQuery } from '../features/facets/facetQueries';
import type { ExpertFilter } from '../gql/graphql';
import { useFacets } from '../features/facets/useFacets';
import { useLiveDirectory } from '../features/directory/useLiveDirectory';
import { ExportButton } from '../features/export/ExportButton';
import { CounterpartLink } from '../features/counterparts/CounterpartLink';
import { MunicipalityPageLink } from '../features/pathways/MunicipalityPageLink';
import { PageHeader } from '../ui/PageHeader';

/**
 * The filters with their counts, which the directory's live events keep current. Their queries are asked for here,
 * not by the page: an answer re-renders only what shows it, and the page's first render is shorter steps (React
 * yields between components, never inside one; S8 TBT).
 */
function LiveExpertFilters({ filter, ...filters }: Omit<ComponentProps<typeof ExpertFilters>, 'counts'> & { filter: ExpertFilter }) {
  const facets = useFacets(ExpertFacetsQuery, filter, (data) => data.expertFacets);
  useLiveDirectory(facets.refetch);
  return <ExpertFilters {...filters} counts={facets.counts} />;
}

function Directory() {
  const { filter, values, update, clear, active } = useExpertFilter();
  return (
    <>
      <LiveExpertFilters filter={filter} values={values} update={update} clear={clear} active={active} />
      <Group gap="sm">
        <CounterpartLink role={values.role} country={values.country} municipality={values.municipality} />
        <ExportButton filter={filter} />
        <MunicipalityPageLink municipalityId={values.municipality} />
      </Group>
      <ExpertList filter={filter} filtersActive={active} onClearFilters={clear} />
    </>
  );
}

export function Experts() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('experts.title')} intro={t('experts.intro')} />
      {/* The directory is for members (DESIGN §8): a visitor is invited to sign in, not shown an error. */}
      <RequireViewer signInMessage={t('experts.signIn')}>{() => <Directory />}</RequireViewer>
    </Stack>
  );
}

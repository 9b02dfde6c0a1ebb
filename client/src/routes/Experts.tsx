import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ExpertFilters } from '../features/experts/ExpertFilters';
import { ExpertList } from '../features/experts/ExpertList';
import { useExpertFilter } from '../features/experts/useExpertFilter';
import { ExpertFacetsQuery } from '../features/facets/facetQueries';
import { LiveFacets } from '../features/directory/LiveFacets';
import { ExportButton } from '../features/export/ExportButton';
import { CounterpartLink } from '../features/counterparts/CounterpartLink';
import { MunicipalityPageLink } from '../features/pathways/MunicipalityPageLink';
import { PageHeader } from '../ui/PageHeader';

function Directory() {
  const { filter, values, update, clear, active } = useExpertFilter();
  return (
    <>
      <LiveFacets query={ExpertFacetsQuery} filter={filter} select={(data) => data.expertFacets}>
        {(counts) => <ExpertFilters values={values} update={update} clear={clear} active={active} counts={counts} />}
      </LiveFacets>
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

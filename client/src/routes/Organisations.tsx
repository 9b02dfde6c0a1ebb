import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganisationFilters } from '../features/organisations/OrganisationFilters';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { useOrganisationFilter } from '../features/organisations/useOrganisationFilter';
import { OrganisationFacetsQuery } from '../features/facets/facetQueries';
import { LiveFacets } from '../features/directory/LiveFacets';
import { PageHeader } from '../ui/PageHeader';
import { AddOrganisationLink } from '../features/upkeep/AddOrganisationLink';
import { MunicipalityPageLink } from '../features/pathways/MunicipalityPageLink';

export function Organisations() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useOrganisationFilter();
  return (
    <Stack gap="lg">
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro')} />
      <AddOrganisationLink />
      <MunicipalityPageLink municipalityId={values.municipality} />
      <LiveFacets query={OrganisationFacetsQuery} filter={filter} select={(data) => data.organisationFacets}>
        {(counts) => <OrganisationFilters values={values} update={update} clear={clear} active={active} counts={counts} />}
      </LiveFacets>
      <OrganisationList filter={filter} filtersActive={active} onClearFilters={clear} />
    </Stack>
  );
}

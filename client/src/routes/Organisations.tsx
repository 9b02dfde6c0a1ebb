import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganisationFilters } from '../features/organisations/OrganisationFilters';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { useOrganisationFilter } from '../features/organisations/useOrganisationFilter';
import { OrganisationFacetsQuery } from '../features/facets/facetQueries';
import { useFacets } from '../features/facets/useFacets';
import { useLiveDirectory } from '../features/directory/useLiveDirectory';
import { PageHeader } from '../ui/PageHeader';
import { AddOrganisationLink } from '../features/upkeep/AddOrganisationLink';
import { MunicipalityPageLink } from '../features/pathways/MunicipalityPageLink';

export function Organisations() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useOrganisationFilter();
  const facets = useFacets(OrganisationFacetsQuery, filter, (data) => data.organisationFacets);
  useLiveDirectory(facets.refetch);
  return (
    <Stack gap="lg">
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro')} />
      <AddOrganisationLink />
      <MunicipalityPageLink municipalityId={values.municipality} />
      <OrganisationFilters values={values} update={update} clear={clear} active={active} counts={facets.counts} />
      <OrganisationList filter={filter} filtersActive={active} onClearFilters={clear} />
    </Stack>
  );
}

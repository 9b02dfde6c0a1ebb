import { Stack } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationFilters } from '../features/organisations/OrganisationFilters';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { useOrganisationFilter } from '../features/organisations/useOrganisationFilter';
import { OrganisationFacetsQuery } from '../features/facets/facetQueries';
import type { OrganisationFilter } from '../gql/graphql';
import { useFacets } from '../features/facets/useFacets';
import { useLiveDirectory } from '../features/directory/useLiveDirectory';
import { PageHeader } from '../ui/PageHeader';
import { AddOrganisationLink } from '../features/upkeep/AddOrganisationLink';
import { MunicipalityPageLink } from '../features/pathways/MunicipalityPageLink';

/**
 * The filters with their counts, which the directory's live events keep current. Their queries are asked for here,
 * not by the page: an answer re-renders only what shows it, and the page's first render is shorter steps (React
 * yields between components, never inside one; S8 TBT).
 */
function LiveOrganisationFilters({
  filter,
  ...filters
}: Omit<ComponentProps<typeof OrganisationFilters>, 'counts'> & { filter: OrganisationFilter }) {
  const facets = useFacets(OrganisationFacetsQuery, filter, (data) => data.organisationFacets);
  useLiveDirectory(facets.refetch);
  return <OrganisationFilters {...filters} counts={facets.counts} />;
}

export function Organisations() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useOrganisationFilter();
  return (
    <Stack gap="lg">
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro')} />
      <AddOrganisationLink />
      <MunicipalityPageLink municipalityId={values.municipality} />
      <LiveOrganisationFilters filter={filter} values={values} update={update} clear={clear} active={active} />
      <OrganisationList filter={filter} filtersActive={active} onClearFilters={clear} />
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganisationFilters } from '../features/organisations/OrganisationFilters';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { useOrganisationFilter } from '../features/organisations/useOrganisationFilter';
import { useOrganisationFacets } from '../features/facets/useOrganisationFacets';
import { useLiveDirectory } from '../features/directory/useLiveDirectory';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Organisations() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useOrganisationFilter();
  const facets = useOrganisationFacets(filter);
  useLiveDirectory(facets.refetch);
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('organisations.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('organisations.title')}</Title>
        <Text>{t('organisations.intro')}</Text>
      </Stack>
      <OrganisationFilters values={values} update={update} clear={clear} active={active} counts={facets.counts} />
      <OrganisationList filter={filter} filtersActive={active} onClearFilters={clear} />
    </Stack>
  );
}

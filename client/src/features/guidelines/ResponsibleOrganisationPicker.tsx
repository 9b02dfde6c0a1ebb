import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const OrganisationOptionsQuery = graphql(`
  query ResponsibleOrganisationOptions($countryCode: String!, $text: String) {
    organisations(first: 20, filter: { countryCode: $countryCode, text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Long enough to not ask per keystroke. */
const SEARCH_DELAY_MS = 250;

interface PickerProps {
  countryCode: string;
  value: { id: string; name: string } | null;
  onChange: (organisation: { id: string; name: string } | null) => void;
  error?: string | undefined;
}

// Who answers for the action point: an organisation of the directory in the municipality's country, found by name
// (twenty at a time, as the directory lists them to the reviewer); clearing the field names none.
export function ResponsibleOrganisationPicker({ countryCode, value, onChange, error }: PickerProps) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [text] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // Typing the chosen name back is no new search: the list then offers the whole country.
  const asked = text === value?.name ? '' : text;
  const { data, loading, error: loadError } = useQuery(OrganisationOptionsQuery, { variables: { countryCode, text: asked || null } });
  const found = (data?.organisations.edges ?? []).map((edge) => edge.node);
  const options = value && !found.some((o) => o.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={t('editor.responsible')}
      description={t('editor.responsibleHint')}
      placeholder={t('editor.responsiblePlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('editor.responsibleClear') }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already: every option it sent is shown.
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      data={options.map((o) => ({ value: o.id, label: o.name }))}
      nothingFoundMessage={loading ? tc('common.loading') : loadError ? tc('errors.loadFailed') : t('editor.responsibleNone')}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

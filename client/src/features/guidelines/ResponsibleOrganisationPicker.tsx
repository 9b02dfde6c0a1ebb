import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';

const OrganisationOptionsQuery = graphql(`
  query ResponsibleOrganisationOptions($countryCode: String!, $text: String!) {
    organisations(first: 8, filter: { countryCode: $countryCode, text: $text }) {
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
// (a few at a time: the reviewer knows whom they mean). Plain buttons, so keyboards and screen readers need nothing new.
export function ResponsibleOrganisationPicker({ countryCode, value, onChange, error }: PickerProps) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, error: loadError } = useQuery(OrganisationOptionsQuery, { variables: { countryCode, text }, skip: text.length < 2 });
  const found = (data?.organisations.edges ?? []).map((edge) => edge.node).filter((o) => o.id !== value?.id);
  return (
    <Fieldset legend={t('editor.responsible')} variant="unstyled">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Text size="sm" data-testid="responsible-organisation">
            {value ? value.name : t('editor.responsibleEmpty')}
          </Text>
          {value && (
            <Button size="xs" variant="default" onClick={() => onChange(null)}>
              {t('editor.responsibleClear')}
            </Button>
          )}
        </Group>
        {error && <FormAlert kind="error">{error}</FormAlert>}
        <TextInput
          label={t('editor.responsibleFind')}
          description={t('editor.responsibleHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {loadError && <Text size="sm">{tc('errors.loadFailed')}</Text>}
        {text.length >= 2 && data && found.length === 0 && <Text size="sm">{t('editor.responsibleNone')}</Text>}
        {found.length > 0 && (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('editor.responsibleMatches')}>
            {found.map((organisation) => (
              <li key={organisation.id}>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    onChange(organisation);
                    setSearch('');
                  }}
                >
                  {t('editor.responsibleChoose', { name: organisation.name })}
                </Button>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}

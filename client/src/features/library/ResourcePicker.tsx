import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useLibraryStrings } from './libraryStrings';

export const ResourcePickerQuery = graphql(`
  query ResourcePicker($text: String!) {
    resources(first: 8, filter: { text: $text }) {
      edges {
        node {
          id
          kind
          title
          year
        }
      }
    }
  }
`);

/** Long enough to not ask per keystroke. */
const SEARCH_DELAY_MS = 250;

export interface PickedResource {
  id: string;
  title: string;
}

/**
 * Finds a library resource by words of its title, summary or file and hands the chosen one to `onPick`: the
 * server offers only resources the member may read. `exclude` leaves out those already linked.
 */
export function ResourcePicker({ onPick, exclude = [] }: { onPick: (resource: PickedResource) => void; exclude?: readonly string[] }) {
  useLibraryStrings();
  const { t } = useTranslation('library');
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, loading, error } = useQuery(ResourcePickerQuery, { variables: { text }, skip: text.length < 2 });
  const found = (data?.resources.edges ?? []).map((edge) => edge.node).filter((node) => !exclude.includes(node.id));
  const searched = text.length >= 2 && !loading;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('picker.find')}
        description={t('picker.findHint')}
        value={search}
        maw={420}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      {error && <Text size="sm">{t('picker.error')}</Text>}
      {searched && !error && found.length === 0 && <Text size="sm">{t('picker.none')}</Text>}
      {found.length > 0 && (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('picker.results')}>
          {found.map((resource) => (
            <Group component="li" key={resource.id} gap="xs" wrap="wrap">
              <Button
                size="xs"
                variant="outline"
                onClick={() => {
                  onPick({ id: resource.id, title: resource.title });
                  setSearch('');
                }}
              >
                {t('picker.link', { title: resource.title })}
              </Button>
              <Badge variant="light" tt="none" radius="sm">
                {t(`kind.${resource.kind}`)}
              </Badge>
              {resource.year && <Text size="xs">{resource.year}</Text>}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PATHWAY_EDITORS_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';

const PathwayEditorsQuery = graphql(`
  query PathwayEditors($id: ID!) {
    referralPathway(municipalityId: $id) {
      id
      countryCode
      editors {
        expertId
        fullName
      }
    }
  }
`);

const EditorCandidatesQuery = graphql(`
  query PathwayEditorCandidates($countryCode: String!, $text: String) {
    experts(first: 10, filter: { countryCode: $countryCode, text: $text }) {
      edges {
        node {
          id
          fullName
        }
      }
    }
  }
`);

const SetPathwayEditorsMutation = graphql(`
  mutation SetPathwayEditors($input: SetPathwayEditorsInput!) {
    setPathwayEditors(input: $input) {
      id
      editors {
        expertId
        fullName
      }
    }
  }
`);

/** Long enough to not ask per keystroke. */
const SEARCH_DELAY_MS = 250;

// For the coordinators of the country (and admins): the members, besides the contact point, who edit a
// municipality's pathway. The whole list is sent each time, as the server replaces it.
export function PathwayEditorsPanel({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PathwayEditorsQuery, { variables: { id: municipalityId } });
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const pathway = data?.referralPathway;
  const candidates = useQuery(EditorCandidatesQuery, {
    variables: { countryCode: pathway?.countryCode ?? '', text },
    skip: !pathway || text.length < 2,
  });
  const [setEditors] = useMutation(SetPathwayEditorsMutation);
  const saving = useMutationForm((expertIds: string[]) => setEditors({ variables: { input: { pathwayId: pathway!.id, expertIds } } }));
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!pathway?.editors) return null;
  const editors = pathway.editors;
  const named = new Set(editors.map((e) => e.expertId));
  const found = (candidates.data?.experts.edges ?? []).map((e) => e.node).filter((node) => !named.has(node.id));
  const ids = editors.map((e) => e.expertId);

  return (
    <Stack component="section" aria-labelledby="pathway-editors" gap="sm">
      <Title order={3} size="h4" id="pathway-editors">
        {t('pathway.editors.title')}
      </Title>
      <Text size="sm">{t('pathway.editors.intro')}</Text>
      {saving.message && <FormAlert kind="error">{saving.message}</FormAlert>}
      {editors.length === 0 ? (
        <Text size="sm">{t('pathway.editors.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }} aria-label={t('pathway.editors.title')}>
          {editors.map((editor) => (
            <Card component="li" key={editor.expertId} withBorder p="xs">
              <Group justify="space-between" wrap="wrap">
                <Text size="sm">{editor.fullName}</Text>
                <Button
                  size="xs"
                  variant="default"
                  loading={saving.pending}
                  onClick={() => void saving.submit(ids.filter((id) => id !== editor.expertId))}
                >
                  {t('pathway.editors.remove', { name: editor.fullName })}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {editors.length < PATHWAY_EDITORS_MAX && (
        <>
          <TextInput
            label={t('pathway.editors.find')}
            description={t('pathway.editors.findHint')}
            value={search}
            maw={420}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          {text.length >= 2 && candidates.data && found.length === 0 && <Text size="sm">{t('pathway.editors.noMatch')}</Text>}
          {found.length > 0 && (
            <Stack component="ul" gap={4} p={0} style={{ listStyle: 'none' }} aria-label={t('pathway.editors.matches')}>
              {found.map((expert) => (
                <li key={expert.id}>
                  <Button
                    size="xs"
                    variant="light"
                    loading={saving.pending}
                    onClick={() => void saving.submit([...ids, expert.id]).then(() => setSearch(''))}
                  >
                    {t('pathway.editors.add', { name: expert.fullName })}
                  </Button>
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

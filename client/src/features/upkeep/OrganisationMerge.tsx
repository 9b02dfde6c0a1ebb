import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';

const MergeCandidatesQuery = graphql(`
  query MergeCandidates($countryCode: String, $text: String!) {
    organisations(first: 10, filter: { countryCode: $countryCode, text: $text }) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

const MergeOrganisationMutation = graphql(`
  mutation MergeOrganisation($input: MergeOrganisationInput!) {
    mergeOrganisation(input: $input) {
      id
      status
    }
  }
`);

/** Long enough to not ask per keystroke. */
const SEARCH_DELAY_MS = 250;

interface OrganisationMergeProps {
  organisation: { id: string; name: string; version: number; countryCode: string | null };
}

// For the coordinators of its country: merge the organisation into the one that carries on (found by name in the
// same country). Its row and history stay; its people are asked to move their profile.
export function OrganisationMerge({ organisation }: OrganisationMergeProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const candidates = useQuery(MergeCandidatesQuery, { variables: { countryCode: organisation.countryCode, text }, skip: text.length < 2 });
  const [merge] = useMutation(MergeOrganisationMutation);
  const merging = useMutationForm(async (intoId: string) => {
    await merge({ variables: { input: { id: organisation.id, intoId, expectedVersion: organisation.version } } });
    await navigate(`/organisations/${organisation.id}`);
  });
  const found = (candidates.data?.organisations.edges ?? [])
    .map((e) => e.node)
    .filter((node) => node.id !== organisation.id && node.status === 'ACTIVE');

  return (
    <Stack component="section" aria-labelledby="organisation-merge" gap="sm">
      <Title order={3} size="h4" id="organisation-merge">
        {t('upkeep.merge.title')}
      </Title>
      <Text size="sm">{t('upkeep.merge.intro', { name: organisation.name })}</Text>
      {merging.message && <FormAlert kind="error">{merging.message}</FormAlert>}
      <TextInput label={t('upkeep.merge.find')} value={search} maw={420} onChange={(event) => setSearch(event.currentTarget.value)} />
      {text.length >= 2 && candidates.data && found.length === 0 && <Text size="sm">{t('upkeep.merge.noMatch')}</Text>}
      {found.length > 0 && (
        <Stack component="ul" gap={4} p={0} style={{ listStyle: 'none' }} aria-label={t('upkeep.merge.matches')}>
          {found.map((into) => (
            <li key={into.id}>
              <ConfirmButton
                size="xs"
                variant="default"
                label={t('upkeep.merge.into', { name: into.name })}
                question={t('upkeep.merge.question', { name: organisation.name, into: into.name })}
                confirmLabel={t('upkeep.merge.confirm')}
                onConfirm={() => merging.submit(into.id)}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { vocabKeys } from '../../app/vocab';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { OrganisationType } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useVocabOptions } from '../directory/vocabOptions';
import { LastConfirmed } from './LastConfirmed';
import { OrganisationMerge } from './OrganisationMerge';
import { OrganisationScopeForm } from './OrganisationScopeForm';

export const OrganisationStewardshipFragment = graphql(`
  fragment OrganisationStewardship_organisation on Organisation {
    id
    name
    version
    type
    scope {
      level
      country {
        code
      }
      municipality {
        id
      }
    }
    publiclyListed
    status
    lastConfirmedAt
    viewerCan {
      confirm
      close
      merge
    }
  }
`);

const ListingMutation = graphql(`
  mutation UpdateOrganisationListing($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      ...OrganisationStewardship_organisation
    }
  }
`);

const ConfirmOrganisationMutation = graphql(`
  mutation ConfirmOrganisation($id: ID!) {
    confirmOrganisation(id: $id) {
      id
      ...OrganisationStewardship_organisation
    }
  }
`);

const CloseOrganisationMutation = graphql(`
  mutation CloseOrganisation($input: CloseOrganisationInput!) {
    closeOrganisation(input: $input) {
      id
      status
    }
  }
`);

// Keeping the record true: its type, public listing and where it works, "last confirmed" with a button to confirm
// it, and for the coordinators of its country, merging or closing it (its people are asked to move).
export function OrganisationStewardship({ organisation: masked }: { organisation: FragmentType<typeof OrganisationStewardshipFragment> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = getFragmentData(OrganisationStewardshipFragment, masked);
  const typeOptions = useVocabOptions('organisationTypes');
  const [updateListing] = useMutation(ListingMutation);
  const [confirm, confirming] = useMutation(ConfirmOrganisationMutation);
  const [close] = useMutation(CloseOrganisationMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState(false);
  const errorMessage = useErrorMessage();
  const run = async (work: () => Promise<unknown>) => {
    setFailure(null);
    setConfirmed(false);
    await work().catch(setFailure);
  };
  const { scope } = organisation;
  const place = { level: scope.level, countryCode: scope.country?.code ?? null, municipalityId: scope.municipality?.id ?? null };
  const change = (input: { type?: OrganisationType; publiclyListed?: boolean }) =>
    run(() => updateListing({ variables: { input: { id: organisation.id, expectedVersion: organisation.version, ...input } } }));

  return (
    <Stack component="section" aria-labelledby="organisation-stewardship" gap="sm">
      <Title order={2} size="h3" id="organisation-stewardship">
        {t('upkeep.stewardship.title')}
      </Title>
      {failure !== null && <FormAlert kind="error">{errorMessage(failure)}</FormAlert>}
      {confirmed && <FormAlert kind="success">{t('upkeep.stewardship.confirmed')}</FormAlert>}
      <NativeSelect
        label={t('directory.organisationType')}
        data={typeOptions}
        value={organisation.type}
        onChange={(e) => {
          const type = vocabKeys('organisationTypes').find((key) => key === e.currentTarget.value);
          if (type) void change({ type });
        }}
      />
      <Checkbox
        label={t('upkeep.create.publiclyListed')}
        description={t('upkeep.create.publiclyListedHint')}
        checked={organisation.publiclyListed}
        onChange={(e) => void change({ publiclyListed: e.currentTarget.checked })}
      />
      <LastConfirmed at={organisation.lastConfirmedAt} />
      <Group gap="xs">
        {organisation.viewerCan.confirm && (
          <Button
            variant="light"
            loading={confirming.loading}
            onClick={() =>
              void run(async () => {
                await confirm({ variables: { id: organisation.id } });
                setConfirmed(true);
              })
            }
          >
            {t('upkeep.stewardship.confirm')}
          </Button>
        )}
        {organisation.viewerCan.close && (
          <ConfirmButton
            variant="default"
            label={t('upkeep.stewardship.close')}
            question={t('upkeep.stewardship.closeQuestion')}
            confirmLabel={t('upkeep.stewardship.close')}
            onConfirm={() =>
              run(async () => {
                await close({ variables: { input: { id: organisation.id, expectedVersion: organisation.version } } });
                await navigate(`/organisations/${organisation.id}`);
              })
            }
          />
        )}
      </Group>
      {scope.level !== 'REGIONAL' && <OrganisationScopeForm organisation={{ ...organisation, ...place }} />}
      {organisation.viewerCan.merge && <OrganisationMerge organisation={{ ...organisation, countryCode: place.countryCode }} />}
    </Stack>
  );
}

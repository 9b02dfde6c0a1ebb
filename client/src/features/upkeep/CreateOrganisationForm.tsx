import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { DESCRIPTION_MAX, LEVELS, NAME_MAX, REASON_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { vocabKeys } from '../../app/vocab';
import { graphql } from '../../gql';
import type { Level, OrganisationType } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import type { Viewer } from '../account/useViewer';
import { useVocabOptions } from '../directory/vocabOptions';
import { PlaceFilterMunicipalitiesQuery } from '../places/PlaceFilters';
import { GuardedTextarea, useGuardedText } from './GuardedTextarea';

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      status
    }
  }
`);

const CountriesQuery = graphql(`
  query UpkeepCountries {
    countries {
      code
      name
    }
  }
`);

// Coordinators add an organisation of their country at once; any other member proposes one, with a reason,
// for a coordinator of its country to approve. The client id makes a retried submit create it once.
export function CreateOrganisationForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [id] = useState(() => crypto.randomUUID());
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType | ''>('');
  const [level, setLevel] = useState<Level>('LOCAL');
  const [countryCode, setCountryCode] = useState(viewer.coordinatorOf[0]?.code ?? '');
  const [municipalityId, setMunicipalityId] = useState('');
  const description = useGuardedText();
  const [publiclyListed, setPubliclyListed] = useState(true);
  const reason = useGuardedText();
  const [proposed, setProposed] = useState(false);
  const typeOptions = useVocabOptions('organisationTypes');
  const countries = useQuery(CountriesQuery);
  const municipalities = useQuery(
    PlaceFilterMunicipalitiesQuery,
    countryCode && level === 'LOCAL' ? { variables: { countryCode } } : skipToken,
  );
  const [create] = useMutation(CreateOrganisationMutation);
  // Whether it is added at once: the server decides; this only says which the form asks for.
  const addsAtOnce = viewer.networkRole === 'ADMIN' || viewer.coordinatorOf.some((c) => c.code === countryCode);

  const form = useMutationForm(async () => {
    if (!type) return;
    const scope = {
      level,
      countryCode: level === 'REGIONAL' ? null : countryCode || null,
      municipalityId: level === 'LOCAL' ? municipalityId || null : null,
    };
    const result = await create({
      variables: {
        input: {
          id,
          name,
          type,
          scope,
          description: description.text || null,
          publiclyListed,
          reason: reason.text || null,
          confirmations: [...description.confirmations, ...reason.confirmations],
        },
      },
    });
    if (result.data?.createOrganisation.status === 'ACTIVE') await navigate(`/organisations/${id}/edit`);
    else setProposed(true);
  });

  if (proposed) return <FormAlert kind="success">{t('upkeep.create.proposed', { name })}</FormAlert>;
  return (
    <form onSubmit={submitHandler(form)} noValidate>
      <Stack gap="md" maw={560}>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput
          label={t('upkeep.create.name')}
          required
          maxLength={NAME_MAX}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={form.fieldErrors['name']}
        />
        <NativeSelect
          label={t('directory.organisationType')}
          required
          data={[{ value: '', label: t('upkeep.create.chooseType') }, ...typeOptions]}
          value={type}
          onChange={(e) => setType(vocabKeys('organisationTypes').find((key) => key === e.currentTarget.value) ?? '')}
        />
        <NativeSelect
          label={t('directory.level')}
          data={LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
          value={level}
          onChange={(e) => setLevel(LEVELS.find((key) => key === e.currentTarget.value) ?? 'LOCAL')}
        />
        {level !== 'REGIONAL' && (
          <NativeSelect
            label={t('upkeep.create.country')}
            required
            data={[
              { value: '', label: t('upkeep.create.chooseCountry') },
              ...(countries.data?.countries ?? []).map((c) => ({ value: c.code, label: c.name })),
            ]}
            value={countryCode}
            onChange={(e) => {
              setCountryCode(e.currentTarget.value);
              setMunicipalityId('');
            }}
          />
        )}
        {level === 'LOCAL' && (
          <NativeSelect
            label={t('upkeep.create.municipality')}
            required
            disabled={!countryCode}
            data={[
              { value: '', label: t('upkeep.create.chooseMunicipality') },
              ...(municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
            ]}
            value={municipalityId}
            onChange={(e) => setMunicipalityId(e.currentTarget.value)}
            error={form.fieldErrors['input.scope.municipalityId']}
          />
        )}
        <GuardedTextarea label={t('upkeep.create.description')} maxLength={DESCRIPTION_MAX} value={description} />
        <Checkbox
          label={t('upkeep.create.publiclyListed')}
          description={t('upkeep.create.publiclyListedHint')}
          checked={publiclyListed}
          onChange={(e) => setPubliclyListed(e.currentTarget.checked)}
        />
        {!addsAtOnce && (
          <GuardedTextarea
            label={t('upkeep.create.reason')}
            required
            maxLength={REASON_MAX}
            value={reason}
            error={form.fieldErrors['input.reason']}
          />
        )}
        <Button type="submit" loading={form.pending} disabled={!name || !type} w="fit-content">
          {addsAtOnce ? t('upkeep.create.add') : t('upkeep.create.propose')}
        </Button>
      </Stack>
    </form>
  );
}

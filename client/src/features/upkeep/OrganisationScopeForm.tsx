import { useMutation } from '@apollo/client/react';
import { Button, Stack, Title } from '@mantine/core';
import type { Level } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { RoleScopeFields } from './RoleFields';

const MoveOrganisationMutation = graphql(`
  mutation MoveOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      ...OrganisationStewardship_organisation
    }
  }
`);

interface OrganisationScopeFormProps {
  organisation: { id: string; version: number; level: Level; countryCode: string | null; municipalityId: string | null };
}

/** A local or national organisation stays in its country here; moving it to another country is for a new record. */
const LEVELS: readonly Level[] = ['LOCAL', 'NATIONAL'];

// Where the organisation works: one municipality of its country, or the whole country.
export function OrganisationScopeForm({ organisation }: OrganisationScopeFormProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<Level>(organisation.level);
  const [municipalityId, setMunicipalityId] = useState(organisation.municipalityId ?? '');
  const [moved, setMoved] = useState(false);
  const [move] = useMutation(MoveOrganisationMutation);
  const countryCode = organisation.countryCode ?? '';
  const form = useMutationForm(async () => {
    setMoved(false);
    const scope = { level, countryCode, municipalityId: level === 'LOCAL' ? municipalityId : null };
    await move({ variables: { input: { id: organisation.id, expectedVersion: organisation.version, scope } } });
    setMoved(true);
  });
  const unchanged = level === organisation.level && (level !== 'LOCAL' || municipalityId === organisation.municipalityId);

  return (
    <form onSubmit={submitHandler(form)} noValidate aria-labelledby="organisation-scope">
      <Stack gap="sm" maw={420}>
        <Title order={3} size="h4" id="organisation-scope">
          {t('upkeep.scope.title')}
        </Title>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        {moved && <FormAlert kind="success">{t('upkeep.scope.moved')}</FormAlert>}
        <RoleScopeFields
          levels={LEVELS}
          level={level}
          countryCode={countryCode}
          municipalityId={municipalityId}
          onChange={(changes) => {
            if (changes.level) setLevel(changes.level);
            if (changes.municipalityId !== undefined) setMunicipalityId(changes.municipalityId);
          }}
          error={form.fieldErrors['input.scope.municipalityId']}
        />
        <Button
          type="submit"
          variant="light"
          loading={form.pending}
          disabled={unchanged || (level === 'LOCAL' && !municipalityId)}
          w="fit-content"
        >
          {t('upkeep.scope.save')}
        </Button>
      </Stack>
    </form>
  );
}

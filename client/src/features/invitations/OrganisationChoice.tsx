import { skipToken, useQuery } from '@apollo/client/react';
import { Fieldset, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { LEVELS, NAME_MAX, SEARCH_TEXT_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { vocabKeys } from '../../app/vocab';
import { graphql } from '../../gql';
import type { Level, OrganisationType } from '../../gql/graphql';
import { SearchInput } from '../../ui/SearchInput';
import { useVocabOptions } from '../directory/vocabOptions';
import { PlaceFilterMunicipalitiesQuery } from '../places/PlaceFilters';

export const InvitationOrganisationsQuery = graphql(`
  query InvitationOrganisations($filter: OrganisationFilter!, $first: Int!) {
    organisations(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);

export interface OrganisationChoiceValue {
  mode: 'existing' | 'new';
  search: string;
  organisationId: string;
  name: string;
  type: OrganisationType | '';
  level: Level;
  municipalityId: string;
}

export const emptyOrganisationChoice: OrganisationChoiceValue = {
  mode: 'existing',
  search: '',
  organisationId: '',
  name: '',
  type: '',
  level: 'LOCAL',
  municipalityId: '',
};

interface OrganisationChoiceProps {
  countryCode: string;
  value: OrganisationChoiceValue;
  onChange: (changes: Partial<OrganisationChoiceValue>) => void;
  errors: Record<string, string>;
}

const MATCHES_SHOWN = 20;

// An organisation of the chosen country, found by name, or a new one the invitation will create.
export function OrganisationChoice({ countryCode, value, onChange, errors }: OrganisationChoiceProps) {
  const { t } = useTranslation();
  const typeOptions = useVocabOptions('organisationTypes');
  const matches = useQuery(
    InvitationOrganisationsQuery,
    countryCode && value.mode === 'existing'
      ? { variables: { filter: { countryCode, text: value.search || undefined }, first: MATCHES_SHOWN } }
      : skipToken,
  );
  const municipalities = useQuery(
    PlaceFilterMunicipalitiesQuery,
    countryCode && value.mode === 'new' && value.level === 'LOCAL' ? { variables: { countryCode } } : skipToken,
  );
  const found = matches.data?.organisations;
  const organisationOptions = (found?.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.acronym ? `${node.name} (${node.acronym})` : node.name,
  }));

  return (
    <Fieldset legend={t('invitations.form.organisation')} variant="unstyled">
      <Stack gap="sm">
        <Radio
          name="organisation-mode"
          label={t('invitations.form.existingOrganisation')}
          checked={value.mode === 'existing'}
          onChange={() => onChange({ mode: 'existing' })}
        />
        <Radio
          name="organisation-mode"
          label={t('invitations.form.newOrganisation')}
          checked={value.mode === 'new'}
          onChange={() => onChange({ mode: 'new' })}
        />
        {value.mode === 'existing' && (
          <>
            <SearchInput
              label={t('invitations.form.findOrganisation')}
              description={countryCode ? undefined : t('invitations.form.countryFirst')}
              value={value.search}
              maxLength={SEARCH_TEXT_MAX}
              onChange={(search) => onChange({ search, organisationId: '' })}
            />
            <NativeSelect
              label={t('invitations.form.organisation')}
              required
              disabled={!countryCode || matches.loading}
              data={[{ value: '', label: t('invitations.form.chooseOrganisation') }, ...organisationOptions]}
              value={value.organisationId}
              onChange={(event) => onChange({ organisationId: event.currentTarget.value })}
              error={errors['organisationId']}
              description={
                found && found.totalCount > found.edges.length
                  ? t('invitations.form.moreMatches', { shown: found.edges.length, total: found.totalCount })
                  : undefined
              }
            />
            {matches.error && (
              <Text size="sm" c="red.8">
                {t('invitations.form.organisationsFailed')}
              </Text>
            )}
            {found?.totalCount === 0 && <Text size="sm">{t('invitations.form.noMatches')}</Text>}
          </>
        )}
        {value.mode === 'new' && (
          <>
            <TextInput
              label={t('invitations.form.newName')}
              required
              maxLength={NAME_MAX}
              value={value.name}
              onChange={(event) => onChange({ name: event.currentTarget.value })}
              error={errors['newOrganisation.name']}
            />
            <NativeSelect
              label={t('directory.organisationType')}
              required
              data={[{ value: '', label: t('invitations.form.chooseType') }, ...typeOptions]}
              value={value.type}
              onChange={(event) => {
                const type = vocabKeys('organisationTypes').find((key) => key === event.currentTarget.value);
                onChange({ type: type ?? '' });
              }}
              error={errors['newOrganisation.type']}
            />
            <NativeSelect
              label={t('directory.level')}
              required
              data={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
              value={value.level}
              onChange={(event) => {
                const level = LEVELS.find((key) => key === event.currentTarget.value);
                if (level) onChange({ level, municipalityId: '' });
              }}
              error={errors['newOrganisation.level']}
            />
            {value.level === 'LOCAL' && (
              <NativeSelect
                label={t('directory.municipality')}
                disabled={!countryCode || municipalities.loading}
                description={countryCode ? undefined : t('invitations.form.countryFirst')}
                data={[
                  { value: '', label: t('invitations.form.chooseMunicipality') },
                  ...(municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
                ]}
                value={value.municipalityId}
                onChange={(event) => onChange({ municipalityId: event.currentTarget.value })}
                error={errors['newOrganisation.municipalityId']}
              />
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

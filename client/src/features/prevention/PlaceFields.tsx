import { useQuery } from '@apollo/client/react';
import { NativeSelect, Radio, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../gql/graphql';
import { PreventionCountriesQuery } from './preventionDocuments';

export interface PlaceDraft {
  level: Level;
  countryCode: string;
  municipalityId: string;
}

interface PlaceFieldsProps {
  place: PlaceDraft;
  onChange: (place: PlaceDraft) => void;
  errors: Record<string, string>;
}

/** Where an activity took place: a municipality, a country, or the whole region (the scope rules of the server). */
export function PlaceFields({ place, onChange, errors }: PlaceFieldsProps) {
  const { t } = useTranslation('prevention');
  const { data } = useQuery(PreventionCountriesQuery);
  const countries = (data?.countries ?? []).map((country) => ({ value: country.code, label: country.name }));
  const municipalities = (data?.municipalities ?? [])
    .filter((municipality) => municipality.country.code === place.countryCode)
    .map((municipality) => ({ value: municipality.id, label: municipality.name }));
  return (
    <>
      <Radio.Group
        label={t('editor.level')}
        value={place.level}
        onChange={(level) => onChange({ ...place, level, municipalityId: level === 'LOCAL' ? place.municipalityId : '' })}
        error={errors['scope']}
      >
        <Group mt={4}>
          <Radio value="LOCAL" label={t('editor.levelLocal')} />
          <Radio value="NATIONAL" label={t('editor.levelNational')} />
          <Radio value="REGIONAL" label={t('editor.levelRegional')} />
        </Group>
      </Radio.Group>
      {place.level !== 'REGIONAL' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('editor.country')}
            required
            data={[{ value: '', label: '—' }, ...countries]}
            value={place.countryCode}
            error={errors['scope.countryCode']}
            onChange={(event) => onChange({ ...place, countryCode: event.currentTarget.value, municipalityId: '' })}
          />
          {place.level === 'LOCAL' && (
            <NativeSelect
              label={t('editor.municipality')}
              required
              data={[{ value: '', label: t('editor.chooseMunicipality') }, ...municipalities]}
              value={place.municipalityId}
              error={errors['scope.municipalityId']}
              onChange={(event) => onChange({ ...place, municipalityId: event.currentTarget.value })}
            />
          )}
        </SimpleGrid>
      )}
    </>
  );
}

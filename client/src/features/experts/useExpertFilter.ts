import { LEVELS, SEARCH_TEXT_MAX, SPOKEN_LANGUAGES } from '@strom/shared';
import { useMemo } from 'react';
import { vocabKeys } from '../../app/vocab';
import type { ExpertFilter } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';
import { pickKey } from '../directory/vocabOptions';

export const expertFilterParams = [
  'q',
  'country',
  'municipality',
  'level',
  'type',
  'role',
  'form',
  'service',
  'language',
  'available',
] as const;

export type ExpertFilterParam = (typeof expertFilterParams)[number];

export function useExpertFilter() {
  const params = useFilterParams(expertFilterParams);
  const { values } = params;
  const filter = useMemo((): ExpertFilter => {
    const candidate: ExpertFilter = {
      text: values.q?.slice(0, SEARCH_TEXT_MAX),
      countryCode: values.country,
      municipalityId: values.municipality,
      level: pickKey(values.level, LEVELS),
      organisationType: pickKey(values.type, vocabKeys('organisationTypes')),
      role: pickKey(values.role, vocabKeys('roles')),
      formOfExploitation: pickKey(values.form, vocabKeys('formsOfExploitation')),
      service: pickKey(values.service, vocabKeys('services')),
      language: pickKey(values.language, SPOKEN_LANGUAGES),
      // A switch: only "yes" narrows the list (`available=true` in the URL).
      availableForConsultation: values.available === 'true' ? true : undefined,
    };
    // Unset fields are left out, so equal filters give equal variables (and one cache entry).
    return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  }, [values]);
  return { ...params, filter };
}

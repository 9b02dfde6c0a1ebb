import { LEVELS, SEARCH_TEXT_MAX, SPOKEN_LANGUAGES } from '@strom/shared';
import { useMemo } from 'react';
import { vocabKeys } from '../../app/vocab';
import type { OrganisationFilter } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';
import { pickKey } from '../directory/vocabOptions';

export const organisationFilterParams = ['q', 'country', 'municipality', 'level', 'type', 'service', 'target', 'language'] as const;

export type OrganisationFilterParam = (typeof organisationFilterParams)[number];

export function useOrganisationFilter() {
  const params = useFilterParams(organisationFilterParams);
  const { values } = params;
  const filter = useMemo((): OrganisationFilter => {
    const candidate: OrganisationFilter = {
      text: values.q?.slice(0, SEARCH_TEXT_MAX),
      countryCode: values.country,
      municipalityId: values.municipality,
      level: pickKey(values.level, LEVELS),
      type: pickKey(values.type, vocabKeys('organisationTypes')),
      service: pickKey(values.service, vocabKeys('services')),
      targetGroup: pickKey(values.target, vocabKeys('targetGroups')),
      language: pickKey(values.language, SPOKEN_LANGUAGES),
    };
    // Unset fields are left out, so equal filters give equal variables (and one cache entry).
    return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  }, [values]);
  return { ...params, filter };
}

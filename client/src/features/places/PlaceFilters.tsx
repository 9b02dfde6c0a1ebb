import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FilterSelect, type Option } from '../../ui/FilterSelect';

export const PlaceFilterCountriesQuery = graphql(`
  query PlaceFilterCountries {
    countries {
      code
      name
    }
  }
`);

export const PlaceFilterMunicipalitiesQuery = graphql(`
  query PlaceFilterMunicipalities($countryCode: String!) {
    municipalities(countryCode: $countryCode) {
      id
      name
    }
  }
`);

export interface PlaceValue {
  country?: string;
  municipality?: string;
}

interface PlaceFiltersProps extends PlaceValue {
  onChange: (next: PlaceValue) => void;
  /** Results per country and per municipality under the other filters (features/facets). */
  counts?: { countries: ReadonlyMap<string, number>; municipalities: ReadonlyMap<string, number> };
}

function byLabel(collator: Intl.Collator) {
  return (a: Option, b: Option) => collator.compare(a.label, b.label);
}

/** The countries, and the chosen country's municipalities, as options sorted by name (shared by the chips). */
export function usePlaceOptions(country: string | undefined) {
  const { i18n } = useTranslation();
  const countries = useQuery(PlaceFilterCountriesQuery);
  const municipalities = useQuery(PlaceFilterMunicipalitiesQuery, country ? { variables: { countryCode: country } } : skipToken);

  const collator = useMemo(() => new Intl.Collator(i18n.resolvedLanguage), [i18n.resolvedLanguage]);
  const countryOptions = useMemo(
    () => (countries.data?.countries ?? []).map((c) => ({ value: c.code, label: c.name })).toSorted(byLabel(collator)),
    [countries.data, collator],
  );
  const municipalityOptions = useMemo(
    () => (municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })).toSorted(byLabel(collator)),
    [municipalities.data, collator],
  );
  return { countries, municipalities, countryOptions, municipalityOptions };
}

// Country, then municipality: a municipality only makes sense within its country, so the second
// select stays disabled until the first is chosen, and changing the country clears it.
export function PlaceFilters({ country, municipality, onChange, counts }: PlaceFiltersProps) {
  const { t } = useTranslation();
  const { countries, municipalities, countryOptions, municipalityOptions } = usePlaceOptions(country);

  let municipalityHint: string | undefined;
  if (!country) municipalityHint = t('directory.municipalityHint');
  else if (municipalities.error) municipalityHint = t('directory.placesFailed');

  return (
    <>
      <FilterSelect
        label={t('directory.country')}
        anyLabel={t('directory.anyCountry')}
        options={countryOptions}
        value={country}
        counts={counts?.countries}
        description={countries.error ? t('directory.placesFailed') : undefined}
        onChange={(next) => onChange({ country: next, municipality: undefined })}
      />
      <FilterSelect
        label={t('directory.municipality')}
        anyLabel={t('directory.anyMunicipality')}
        options={municipalityOptions}
        value={municipality}
        // A country has hundreds of municipalities: the ones without results are left out.
        counts={counts?.municipalities}
        hideEmpty
        disabled={!country || municipalities.loading}
        description={municipalityHint}
        onChange={(next) => onChange({ country, municipality: next })}
      />
    </>
  );
}

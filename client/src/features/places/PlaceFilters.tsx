import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FilterSelect, type Option } from '../../ui/FilterSelect';
import { useCollationWarmUp } from '../../ui/intlWarmUp';

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

/** Options by label in the page's language. The collator is built at the first comparison, when the places arrive. */
function byLabel(language: string | undefined) {
  let collator: Intl.Collator | undefined;
  return (a: Option, b: Option) => (collator ??= new Intl.Collator(language)).compare(a.label, b.label);
}

/** The countries, and the chosen country's municipalities, as options sorted by name (shared by the chips). */
export function usePlaceOptions(country: string | undefined) {
  const { i18n } = useTranslation();
  const countries = useQuery(PlaceFilterCountriesQuery);
  const municipalities = useQuery(PlaceFilterMunicipalitiesQuery, country ? { variables: { countryCode: country } } : skipToken);

  // The collation data loads in a task of its own while the places are on their way.
  useCollationWarmUp();
  const compare = useMemo(() => byLabel(i18n.resolvedLanguage), [i18n.resolvedLanguage]);
  const countryOptions = useMemo(
    () => (countries.data?.countries ?? []).map((c) => ({ value: c.code, label: c.name })).toSorted(compare),
    [countries.data, compare],
  );
  const municipalityOptions = useMemo(
    () => (municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })).toSorted(compare),
    [municipalities.data, compare],
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

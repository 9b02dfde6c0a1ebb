import { useQuery } from '@apollo/client/react';
import { Box, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMapStrings } from '../../app/mapStrings';
import { graphql } from '../../gql';
import type { MunicipalityCountsQuery as MunicipalityCountsResult } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FilterSelect } from '../../ui/FilterSelect';
import { useFilterParams } from '../directory/useFilterParams';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { directoryPath } from './directoryPath';
import { RegionMap, type MapPoint } from './RegionMap';

export const MunicipalityCountsQuery = graphql(`
  query MunicipalityCounts($countryCode: String) {
    municipalityCounts(countryCode: $countryCode) {
      municipality {
        id
        name
        latitude
        longitude
        country {
          code
          name
        }
      }
      organisations
      experts
    }
  }
`);

type Count = MunicipalityCountsResult['municipalityCounts'][number];

const filterParams = ['country'] as const;

/** A marker per municipality, sized by what the reader may see there (experts are counted for members only). */
export function municipalityPoints(counts: readonly Count[], member: boolean, t: TFunction): MapPoint[] {
  return counts.map(({ municipality, organisations, experts }) => {
    const organisationsText = t('map.organisations', { count: organisations });
    // `experts` is null for visitors: the server counts experts for members only.
    const label =
      member && experts !== null && experts !== undefined
        ? t('map.labelMember', {
            name: municipality.name,
            organisations: organisationsText,
            experts: t('map.experts', { count: experts }),
          })
        : t('map.labelAnonymous', { name: municipality.name, organisations: organisationsText });
    return {
      municipalityId: municipality.id,
      name: municipality.name,
      latitude: municipality.latitude,
      longitude: municipality.longitude,
      size: organisations + (member ? (experts ?? 0) : 0),
      label,
    };
  });
}

function usePoints(counts: readonly Count[] | undefined, member: boolean): MapPoint[] {
  const { t } = useTranslation();
  return useMemo(() => municipalityPoints(counts ?? [], member, t), [counts, member, t]);
}

// The directory as a map: a marker per municipality sized by what the network has there; choosing
// one opens the directory filtered to it.
export function MunicipalityMap({ member }: { member: boolean }) {
  useMapStrings();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { values, update } = useFilterParams(filterParams);
  const countries = useQuery(PlaceFilterCountriesQuery);
  const { data, error, refetch } = useQuery(MunicipalityCountsQuery, {
    variables: values.country ? { countryCode: values.country } : {},
  });
  // Deferred: a new map (38 country outlines, a marker per place) renders in a background render that yields to
  // the browser, not in the blocking task an answer arrives in (S8, /map: a 400–870 ms task on a phone).
  const counts = useDeferredValue(data?.municipalityCounts);
  const points = usePoints(counts, member);

  // Deferred too: sorting them builds the page's first Intl.Collator, which loads the browser's collation data
  // (60–140 ms on a phone, S8); in the answer's blocking task that was the longest part of it.
  const countryList = useDeferredValue(countries.data?.countries);

  const countryOptions = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    return (countryList ?? []).map((c) => ({ value: c.code, label: c.name })).toSorted((a, b) => collator.compare(a.label, b.label));
  }, [countryList, i18n.resolvedLanguage]);
  const countryName = countryOptions.find((option) => option.value === values.country)?.label;

  // The same function while the counts stay, so the memoised map does not render again for it.
  const select = useCallback(
    (municipalityId: string) => {
      const count = counts?.find((c) => c.municipality.id === municipalityId);
      if (count) void navigate(directoryPath(member, count.municipality.country.code, municipalityId));
    },
    [counts, member, navigate],
  );

  let body;
  if (!counts) {
    body = error ? (
      <ErrorState onRetry={() => void refetch()} />
    ) : (
      <output aria-busy="true" data-testid="loading">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <Skeleton height={420} radius="sm" />
      </output>
    );
  } else if (points.length === 0) {
    body = <EmptyState message={t('map.empty')} />;
  } else {
    body = (
      <Stack gap="xs">
        <RegionMap
          points={points}
          onSelect={select}
          title={countryName ? t('map.mapTitleCountry', { country: countryName }) : t('map.mapTitle')}
        />
        <Text size="sm" c="dimmed">
          {member ? t('map.sizeNote') : t('map.sizeNoteAnonymous')}
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Box maw={320}>
        <FilterSelect
          label={t('directory.country')}
          anyLabel={t('directory.anyCountry')}
          options={countryOptions}
          value={values.country}
          description={countries.error ? t('directory.placesFailed') : undefined}
          onChange={(country) => update({ country })}
        />
      </Box>
      {body}
    </Stack>
  );
}

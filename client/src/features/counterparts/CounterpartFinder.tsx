import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { vocabLabelKey } from '../../app/vocab';
import type { CounterpartPlacesQuery as CounterpartPlacesQueryResult } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { CounterpartList } from './CounterpartList';
import { CounterpartMap } from './CounterpartMap';
import { isCounterpartRole, useCounterpartRoleOptions } from './counterpartRoles';

export const CounterpartPlacesQuery = graphql(`
  query CounterpartPlaces($countryCode: String) {
    municipalities(countryCode: $countryCode) {
      id
      name
      latitude
      longitude
      country {
        code
      }
    }
  }
`);

export const ViewerRolesQuery = graphql(`
  query ViewerRoles {
    viewer {
      id
      expert {
        id
        roles {
          id
          role
          status
        }
      }
    }
  }
`);

const params = ['role', 'country', 'municipality'] as const;

type Place = CounterpartPlacesQueryResult['municipalities'][number];

function useMunicipalitiesOf(all: readonly Place[] | undefined, country: string | undefined) {
  return useMemo(() => all?.filter((m) => m.country.code === country), [all, country]);
}

function useSortedOptions(items: readonly { value: string; label: string }[] | undefined) {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    return (items ?? []).toSorted((a, b) => collator.compare(a.label, b.label));
  }, [items, i18n.resolvedLanguage]);
}

// Role, then place: a country, or one of its municipalities from the list or the map. Every choice
// is in the URL, so a search for counterparts can be shared and walked back with the back button.
export function CounterpartFinder() {
  const { t } = useTranslation();
  const { values, update } = useFilterParams(params);
  const role = isCounterpartRole(values.role) ? values.role : undefined;
  const roleOptions = useCounterpartRoleOptions();
  const viewerRoles = useQuery(ViewerRolesQuery);
  const ownRoles = [
    ...new Set(
      (viewerRoles.data?.viewer?.expert?.roles ?? [])
        .filter((assignment) => assignment.status === 'CURRENT')
        .map((assignment) => assignment.role),
    ),
  ].filter(isCounterpartRole);

  const countries = useQuery(PlaceFilterCountriesQuery);
  // A shared link may name only the municipality: then all places are read to find its country.
  const places = useQuery(
    CounterpartPlacesQuery,
    values.country || values.municipality ? { variables: { countryCode: values.country ?? null } } : skipToken,
  );
  const allMunicipalities = places.data?.municipalities;
  const municipality = allMunicipalities?.find((m) => m.id === values.municipality);
  const country = values.country ?? municipality?.country.code;

  const countryList = countries.data?.countries;
  const countryOptions = useSortedOptions(useMemo(() => countryList?.map((c) => ({ value: c.code, label: c.name })), [countryList]));
  const countryMunicipalities = useMunicipalitiesOf(allMunicipalities, country);
  const municipalityOptions = useSortedOptions(
    useMemo(() => countryMunicipalities?.map((m) => ({ value: m.id, label: m.name })), [countryMunicipalities]),
  );
  const countryName = countryOptions.find((option) => option.value === country)?.label;

  let target: { municipalityId: string } | { countryCode: string } | undefined;
  let placeName: string | undefined;
  if (values.municipality && municipality) {
    target = { municipalityId: values.municipality };
    placeName = t('place.local', { municipality: municipality.name, country: countryName ?? '' });
  } else if (values.municipality && places.error) {
    // The list could not load: still ask for the municipality (the server knows it or says so).
    target = { municipalityId: values.municipality };
    placeName = countryName ?? '';
  } else if (!values.municipality && country && countryName) {
    target = { countryCode: country };
    placeName = countryName;
  }

  return (
    <Stack gap="lg">
      <search aria-label={t('counterparts.formLabel')}>
        <form onSubmit={(event) => event.preventDefault()}>
          <Stack gap="sm">
            {ownRoles.length > 0 && !role && (
              <Group gap="xs">
                {ownRoles.map((own) => (
                  <Button key={own} size="xs" variant="outline" onClick={() => update({ role: own })}>
                    {t(vocabLabelKey('roles', own))}
                  </Button>
                ))}
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('counterparts.role')}
                placeholder={t('counterparts.rolePlaceholder')}
                data={roleOptions}
                value={role ?? null}
                onChange={(next) => update({ role: next ?? undefined })}
                searchable
                nothingFoundMessage={t('counterparts.nothingFound')}
                comboboxProps={{ transitionProps: { duration: 0 } }}
              />
              <Select
                label={t('counterparts.country')}
                placeholder={t('counterparts.countryPlaceholder')}
                data={countryOptions}
                value={country ?? null}
                onChange={(next) => update({ country: next ?? undefined, municipality: undefined })}
                searchable
                nothingFoundMessage={t('counterparts.nothingFound')}
                error={countries.error ? t('directory.placesFailed') : undefined}
                comboboxProps={{ transitionProps: { duration: 0 } }}
              />
              <Select
                label={t('counterparts.municipality')}
                placeholder={t('counterparts.municipalityPlaceholder')}
                description={country ? t('counterparts.municipalityHint') : t('directory.municipalityHint')}
                data={municipalityOptions}
                value={municipality?.id ?? null}
                onChange={(next) => update({ country, municipality: next ?? undefined })}
                disabled={!country}
                searchable
                clearable
                limit={100}
                nothingFoundMessage={t('counterparts.nothingFound')}
                error={places.error ? t('directory.placesFailed') : undefined}
                comboboxProps={{ transitionProps: { duration: 0 } }}
              />
            </SimpleGrid>
          </Stack>
        </form>
      </search>
      {country && countryName && countryMunicipalities && countryMunicipalities.length > 0 && (
        <CounterpartMap
          municipalities={countryMunicipalities}
          selectedId={municipality?.id ?? null}
          countryName={countryName}
          onSelect={(id) => update({ country, municipality: id })}
        />
      )}
      {municipality && (
        <Anchor component={Link} to={`/requests/new?${new URLSearchParams({ municipality: municipality.id })}`}>
          {t('nav.askCounterpart')}
        </Anchor>
      )}
      {role && target && placeName !== undefined ? (
        <CounterpartList role={role} target={target} placeName={placeName} />
      ) : (
        <Text>{t('counterparts.choose')}</Text>
      )}
    </Stack>
  );
}

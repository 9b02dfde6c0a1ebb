import { useQuery } from '@apollo/client/react';
import { Badge, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { MUNICIPALITIES_PER_STATE } from '@strom/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPlace } from './planDraft';
import { ContactPointPlacesQuery } from './planDocuments';

interface ContactPointPickerProps {
  countries: readonly { code: string; name: string }[];
  chosen: PlanPlace[];
  onChange: (places: PlanPlace[]) => void;
}

/**
 * "Three municipalities per member state": pick a country, tick its municipalities (each says how many contact
 * points it has), then the next country. The chosen ones are counted per country against the STROM pattern.
 */
export function ContactPointPicker({ countries, chosen, onChange }: ContactPointPickerProps) {
  const { t } = useTranslation();
  const [countryCode, setCountryCode] = useState('');
  const [filter, setFilter] = useState('');
  const places = useQuery(ContactPointPlacesQuery, { variables: { countryCode }, skip: !countryCode });
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return (places.data?.contactPointPlaces ?? []).filter((place) => place.name.toLocaleLowerCase().includes(needle));
  }, [places.data, filter]);
  const perCountry = countries
    .map((country) => ({ ...country, count: chosen.filter((place) => place.countryCode === country.code).length }))
    .filter((country) => country.count > 0);
  const toggle = (place: PlanPlace, on: boolean) =>
    onChange(on ? [...chosen, place] : chosen.filter((c) => c.municipalityId !== place.municipalityId));

  return (
    <Stack gap="xs">
      <Text size="sm">{t('meetings.plan.placesIntro', { count: MUNICIPALITIES_PER_STATE })}</Text>
      <Group grow preventGrowOverflow={false} align="flex-end">
        <NativeSelect
          label={t('meetings.plan.placesCountry')}
          value={countryCode}
          data={[{ value: '', label: t('meetings.plan.choose') }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
          onChange={(event) => {
            setCountryCode(event.currentTarget.value);
            setFilter('');
          }}
        />
        {countryCode && (
          <TextInput label={t('meetings.plan.placesFilter')} value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />
        )}
      </Group>
      {places.error && (
        <Text c="red.9" size="sm" role="alert">
          {t('meetings.plan.placesFailed')}
        </Text>
      )}
      {countryCode && places.data && (
        <Stack
          gap={6}
          component="fieldset"
          style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
          aria-label={t('meetings.plan.placesOf', { country: countries.find((c) => c.code === countryCode)?.name })}
        >
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('meetings.plan.placesNone')}
            </Text>
          )}
          {shown.map((place) => (
            <Checkbox
              key={place.municipalityId}
              label={place.name}
              description={
                place.contactPointCount > 0
                  ? t('meetings.plan.contactPoints', { count: place.contactPointCount })
                  : t('meetings.plan.noContactPoint')
              }
              checked={chosen.some((c) => c.municipalityId === place.municipalityId)}
              onChange={(event) => toggle(place, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      )}
      {perCountry.length > 0 && (
        <Group component="ul" gap="xs" aria-label={t('meetings.plan.placesChosen')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {perCountry.map((country) => (
            <li key={country.code}>
              <Badge variant="outline" tt="none" color={country.count === MUNICIPALITIES_PER_STATE ? 'teal.9' : 'gray.8'}>
                {t('meetings.plan.placesCount', { country: country.name, count: country.count, of: MUNICIPALITIES_PER_STATE })}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}

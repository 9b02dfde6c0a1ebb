import { skipToken, useQuery } from '@apollo/client/react';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { Level } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { PlaceFilterMunicipalitiesQuery } from '../places/PlaceFilters';

export interface RoleDates {
  startsOn: string;
  endsOn: string;
}

/** Where a role is held: the levels offered, the country it is in, and for a local one the municipality. */
export function RoleScopeFields({
  levels,
  level,
  countryCode,
  municipalityId,
  onChange,
  error,
}: {
  levels: readonly Level[];
  level: Level;
  countryCode: string;
  municipalityId: string;
  onChange: (changes: { level?: Level; municipalityId?: string }) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const municipalities = useQuery(
    PlaceFilterMunicipalitiesQuery,
    level === 'LOCAL' && countryCode ? { variables: { countryCode } } : skipToken,
  );
  return (
    <>
      {levels.length > 1 && (
        <NativeSelect
          label={t('directory.level')}
          data={levels.map((value) => ({ value, label: t(`level.${value}`) }))}
          value={level}
          onChange={(e) => onChange({ level: levels.find((key) => key === e.currentTarget.value) ?? level, municipalityId: '' })}
        />
      )}
      {level === 'LOCAL' && (
        <NativeSelect
          label={t('upkeep.create.municipality')}
          required
          data={[
            { value: '', label: t('upkeep.create.chooseMunicipality') },
            ...(municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
          ]}
          value={municipalityId}
          onChange={(e) => onChange({ municipalityId: e.currentTarget.value })}
          error={error}
        />
      )}
    </>
  );
}

/** From and until, as calendar days (a role holds whole days, UTC). */
export function RoleDateFields({
  value,
  onChange,
  errors,
}: {
  value: RoleDates;
  onChange: (dates: RoleDates) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <TextInput
        type="date"
        label={t('upkeep.roles.startsOn')}
        value={value.startsOn}
        onChange={(e) => onChange({ ...value, startsOn: e.currentTarget.value })}
        error={errors['input.startsOn']}
      />
      <TextInput
        type="date"
        label={t('upkeep.roles.endsOn')}
        value={value.endsOn}
        onChange={(e) => onChange({ ...value, endsOn: e.currentTarget.value })}
        error={errors['input.endsOn']}
      />
    </SimpleGrid>
  );
}

import { Skeleton, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// d3-geo and the country shapes load with the map, in their own chunk, only when a country is chosen.
const RegionMap = lazy(async () => ({ default: (await import('../map/RegionMap')).RegionMap }));

interface CounterpartMapProps {
  municipalities: readonly { id: string; name: string; latitude: number; longitude: number }[];
  selectedId: string | null;
  countryName: string;
  onSelect: (municipalityId: string) => void;
}

export function CounterpartMap({ municipalities, selectedId, countryName, onSelect }: CounterpartMapProps) {
  const { t } = useTranslation();
  // Every marker the same size: here the map is for choosing a place, not for comparing places.
  const points = useMemo(
    () =>
      municipalities.map((m) => ({
        municipalityId: m.id,
        name: m.name,
        latitude: m.latitude,
        longitude: m.longitude,
        size: 1,
        label: m.name,
      })),
    [municipalities],
  );
  return (
    <Suspense
      fallback={
        <output aria-busy="true">
          <VisuallyHidden>{t('counterparts.mapLoading')}</VisuallyHidden>
          <Skeleton height={320} radius="sm" />
        </output>
      }
    >
      <RegionMap points={points} selectedId={selectedId} onSelect={onSelect} title={t('counterparts.mapTitle', { country: countryName })} />
    </Suspense>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreventionActivityFilter } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { PreventionPlacesQuery } from './preventionDocuments';

// d3-geo and the country shapes load with the map, in their own chunk.
const RegionMap = lazy(async () => ({ default: (await import('../map/RegionMap')).RegionMap }));

/**
 * The filtered catalogue's local activities on the region's map, one marker per municipality sized by how many took
 * place there; the map's own list of buttons gives the same places to keyboard and screen-reader users.
 */
export function PreventionPlacesMap({ filter }: { filter: PreventionActivityFilter }) {
  const { t } = useTranslation('prevention');
  const { data, error, refetch } = useQuery(PreventionPlacesQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const places = data?.preventionPlaces;
  const points = useMemo(
    () =>
      (places ?? []).map(({ municipality, activityCount }) => ({
        municipalityId: municipality.id,
        name: municipality.name,
        latitude: municipality.latitude,
        longitude: municipality.longitude,
        size: activityCount,
        label: t('map.point', { name: municipality.name, count: activityCount }),
      })),
    [places, t],
  );
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const loading = (
    <output aria-busy="true">
      <VisuallyHidden>{t('map.loading')}</VisuallyHidden>
      <Skeleton height={320} radius="sm" />
    </output>
  );
  if (!places) return loading;
  if (points.length === 0) return <Text>{t('map.none')}</Text>;
  const selected = places.find((place) => place.municipality.id === selectedId);
  return (
    <>
      {selected && (
        <Paper component="output" display="block" withBorder p="sm">
          <Anchor component={Link} to={`/m/${selected.municipality.id}#municipality-prevention`}>
            {t('map.open', { name: selected.municipality.name })}
          </Anchor>
        </Paper>
      )}
      <Suspense fallback={loading}>
        <RegionMap points={points} selectedId={selectedId} onSelect={setSelectedId} title={t('map.mapTitle')} />
      </Suspense>
    </>
  );
}

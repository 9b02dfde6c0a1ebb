import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { RegionMap, type MapPoint } from '../map/RegionMap';
import { GuidelineMapQuery } from './dashboardDocuments';
import classes from './HeatMap.module.css';
import { LEVEL_SYMBOL, LEVEL_TONE } from './levels';

/** The region's map coloured by implementation level, with the same places as a table beside it. */
export function ImplementationMap() {
  const { t } = useTranslation('guidelines');
  const { data, error, refetch } = useQuery(GuidelineMapQuery, { fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rows = useMemo(() => data?.guidelineImplementationMap ?? [], [data]);
  const points = useMemo(
    (): MapPoint[] =>
      rows.map(({ municipality, counts }) => ({
        municipalityId: municipality.id,
        name: municipality.name,
        latitude: municipality.latitude,
        longitude: municipality.longitude,
        size: counts.inPlace,
        symbol: LEVEL_SYMBOL[counts.level],
        tone: LEVEL_TONE[counts.level],
        label: `${municipality.name}: ${t(`level.${counts.level}`)}`,
      })),
    [rows, t],
  );
  let body;
  if (error && !data) body = <ErrorState onRetry={() => void refetch()} />;
  else if (!data) body = <ListSkeleton />;
  else if (rows.length === 0) body = <Text>{t('region.empty')}</Text>;
  else
    body = (
      <Stack gap="md">
        <RegionMap points={points} selectedId={selectedId} onSelect={setSelectedId} title={t('region.map')} />
        {/* Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
        <section className={classes.scroll} tabIndex={0} aria-labelledby="map-table-caption">
          <Table striped>
            <Table.Caption id="map-table-caption">{t('region.mapCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('country.municipality')}</Table.Th>
                <Table.Th scope="col">{t('region.country')}</Table.Th>
                <Table.Th scope="col">{t('region.percent')}</Table.Th>
                <Table.Th scope="col">{t('region.level')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ municipality, counts }) => (
                <Table.Tr key={municipality.id} aria-current={municipality.id === selectedId ? 'true' : undefined}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/m/${municipality.id}#municipality-guidelines`}>
                      {municipality.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{municipality.country.name}</Table.Td>
                  <Table.Td>{counts.percent === null ? '–' : `${counts.percent} %`}</Table.Td>
                  <Table.Td>{t(`level.${counts.level}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>
    );
  return (
    <Section id="guidelines-map" title={t('region.map')}>
      {body}
    </Section>
  );
}

import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../ui/FilterSelect';
import { useFilterParams } from '../directory/useFilterParams';
import { directoryPath } from '../map/directoryPath';
import { RegionMap, type MapPoint } from '../map/RegionMap';
import { CoverageLegend } from './CoverageLegend';
import { COVERAGE_STATUSES, pickStatus, STATUS_SYMBOL } from './coverageStatus';
import type { MunicipalityCoverageRow } from './useCoverage';

const filterParams = ['country', 'status'] as const;

// The municipalities by coverage: a map whose markers differ in shape and colour by status, its
// list of the same places, filters by country and status, and the chosen place's details.
export function CoverageMap({ municipalities }: { municipalities: readonly MunicipalityCoverageRow[] }) {
  const { t, i18n } = useTranslation();
  const { values, update } = useFilterParams(filterParams);
  const status = pickStatus(values.status);
  // Not in the URL: choosing places one after another should not fill the history.
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const countryOptions = useMemo(() => {
    const names = new Map(municipalities.map(({ municipality: { country } }) => [country.code, country.name]));
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    return [...names].map(([value, label]) => ({ value, label })).toSorted((a, b) => collator.compare(a.label, b.label));
  }, [municipalities, i18n.resolvedLanguage]);
  const statusOptions = COVERAGE_STATUSES.map((value) => ({ value, label: t(`coverage.statuses.${value}`) }));

  const shown = useMemo(
    () =>
      municipalities.filter(
        (row) => (!values.country || row.municipality.country.code === values.country) && (!status || row.status === status),
      ),
    [municipalities, values.country, status],
  );
  const points = useMemo(
    (): MapPoint[] =>
      shown.map(({ municipality, status: rowStatus, experts, organisations }) => ({
        municipalityId: municipality.id,
        name: municipality.name,
        latitude: municipality.latitude,
        longitude: municipality.longitude,
        size: experts + organisations,
        symbol: STATUS_SYMBOL[rowStatus],
        label: t('coverage.markerLabel', {
          name: municipality.name,
          status: t(`coverage.statuses.${rowStatus}`),
          experts: t('map.experts', { count: experts }),
          organisations: t('map.organisations', { count: organisations }),
        }),
      })),
    [shown, t],
  );
  const selected = shown.find((row) => row.municipality.id === selectedId);
  const selectedPoint = points.find((point) => point.municipalityId === selected?.municipality.id);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <FilterSelect
          label={t('directory.country')}
          anyLabel={t('directory.anyCountry')}
          options={countryOptions}
          value={values.country}
          onChange={(country) => update({ country })}
        />
        <FilterSelect
          label={t('coverage.status')}
          anyLabel={t('coverage.anyStatus')}
          options={statusOptions}
          value={status}
          onChange={(next) => update({ status: next })}
        />
      </Group>
      <CoverageLegend />
      {selected && selectedPoint && (
        <Paper component="output" display="block" withBorder p="sm">
          <Stack gap={4}>
            <Text fw={700}>{t('coverage.selected', { label: selectedPoint.label })}</Text>
            <Group gap="md">
              <Anchor component={Link} to={directoryPath(true, selected.municipality.country.code, selected.municipality.id)}>
                {t('coverage.openExperts', { name: selected.municipality.name })}
              </Anchor>
              <Anchor component={Link} to={directoryPath(false, selected.municipality.country.code, selected.municipality.id)}>
                {t('coverage.openOrganisations', { name: selected.municipality.name })}
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      )}
      {points.length === 0 ? (
        <Text>{t('coverage.noMunicipalities')}</Text>
      ) : (
        <RegionMap points={points} selectedId={selected?.municipality.id} onSelect={setSelectedId} title={t('coverage.mapTitle')} />
      )}
    </Stack>
  );
}

import { Table } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormat';
import classes from './Coverage.module.css';
import type { CountryCoverageRow, MunicipalityCoverageRow } from './useCoverage';

interface Freshness {
  organisations: number;
  freshOrganisations: number;
  experts: number;
  freshExperts: number;
}

const NONE: Freshness = { organisations: 0, freshOrganisations: 0, experts: 0, freshExperts: 0 };

/** A country's directory entries, summed over its municipalities: all of them, and those confirmed within a year. */
function freshnessOf(countryCode: string, municipalities: readonly MunicipalityCoverageRow[]): Freshness {
  return municipalities
    .filter((m) => m.municipality.country.code === countryCode)
    .reduce(
      (sum, m) => ({
        organisations: sum.organisations + m.organisations,
        freshOrganisations: sum.freshOrganisations + m.recentlyConfirmedOrganisations,
        experts: sum.experts + m.experts,
        freshExperts: sum.freshExperts + m.recentlyConfirmedExperts,
      }),
      NONE,
    );
}

/**
 * How current the directory is, per country: entries confirmed within the last year against stale ones (not
 * confirmed since), for organisations and experts. A coordinator sees where the yearly reminders went unanswered.
 */
export function CoverageFreshness({
  countries,
  municipalities,
}: {
  countries: readonly CountryCoverageRow[];
  municipalities: readonly MunicipalityCoverageRow[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const columns = ['freshOrganisations', 'staleOrganisations', 'freshExperts', 'staleExperts'] as const;
  return (
    // Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
    <section className={classes.scroll} tabIndex={0} aria-labelledby={captionId}>
      <Table miw={480} striped withTableBorder verticalSpacing="xs" horizontalSpacing={6} fz={{ base: 'xs', sm: 'sm' }} captionSide="top">
        <Table.Caption id={captionId}>{t('coverage.freshnessCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coverage.country')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} scope="col" className={classes.number}>
                {t(`coverage.freshness.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countries.map(({ country }) => {
            const f = freshnessOf(country.code, municipalities);
            const counts = {
              freshOrganisations: f.freshOrganisations,
              staleOrganisations: f.organisations - f.freshOrganisations,
              freshExperts: f.freshExperts,
              staleExperts: f.experts - f.freshExperts,
            };
            return (
              <Table.Tr key={country.code}>
                <Table.Th scope="row">{country.name}</Table.Th>
                {columns.map((column) => (
                  <Table.Td key={column} className={classes.number}>
                    {format.number(counts[column])}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

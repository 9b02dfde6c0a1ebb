import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus } from '../../gql/graphql';
import { useFormat } from '../../ui/useFormat';
import { MarkerIcon } from '../map/MarkerShape';
import classes from './Coverage.module.css';
import { COVERAGE_STATUSES, STATUS_SYMBOL } from './coverageStatus';
import type { CountryCoverageRow } from './useCoverage';

const COLUMN: Record<CoverageStatus, 'withContactPoint' | 'membersOnly' | 'nobody'> = {
  CONTACT_POINT: 'withContactPoint',
  MEMBERS_ONLY: 'membersOnly',
  NOBODY: 'nobody',
};

export function CountryCoverageTable({ countries }: { countries: readonly CountryCoverageRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // Five columns within a phone's width: smaller type and spacing there, the symbol above each status.
    <Table striped withTableBorder verticalSpacing="xs" horizontalSpacing={6} fz={{ base: 'xs', sm: 'sm' }} captionSide="top">
      <Table.Caption>{t('coverage.countriesCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('coverage.country')}</Table.Th>
          {COVERAGE_STATUSES.map((status) => (
            <Table.Th key={status} scope="col" className={classes.number}>
              <span className={classes.statusHeader}>
                <MarkerIcon symbol={STATUS_SYMBOL[status]} />
                {t(`coverage.statuses.${status}`)}
              </span>
            </Table.Th>
          ))}
          <Table.Th scope="col" className={classes.number}>
            {t('coverage.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {countries.map((row) => (
          <Table.Tr key={row.country.code}>
            <Table.Th scope="row">{row.country.name}</Table.Th>
            {COVERAGE_STATUSES.map((status) => (
              <Table.Td key={status} className={classes.number}>
                {format.number(row[COLUMN[status]])}
              </Table.Td>
            ))}
            <Table.Td className={classes.number}>{format.number(row.withContactPoint + row.membersOnly + row.nobody)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

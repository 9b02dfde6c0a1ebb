import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterpartStatisticsQuery as CounterpartStatisticsData } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FilterSelect } from '../../ui/FilterSelect';
import { hasErrorCode } from '../../ui/graphqlError';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useFormat } from '../../ui/useFormat';
import { SignInRequired } from '../auth/SignInRequired';
import { useCountryName } from '../../ui/useCountryName';
import { CounterpartStatisticsQuery } from './requestDocuments';

/**
 * The TF-THB's view of the handshake: how many requests went from which country to which, how many got an answer
 * and how fast. Anonymous counts only; who may see them is the server's rule (its FORBIDDEN is said plainly).
 */
export function RequestStatistics() {
  const { t } = useTranslation('requests');
  const [year, setYear] = useState<number | null>(null);
  const { data, previousData, error, refetch } = useQuery(CounterpartStatisticsQuery, { variables: { year } });
  // The years stay offered while another year loads.
  const stats = data?.counterpartRequestStatistics;
  const years = (stats ?? previousData?.counterpartRequestStatistics)?.years ?? [];

  if (hasErrorCode(error, 'FORBIDDEN')) return <EmptyState message={t('statistics.forbidden')} />;
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return <SignInRequired message={t('statistics.signIn')} />;
  return (
    <Stack gap="lg">
      <Group align="flex-end">
        <FilterSelect
          label={t('statistics.year')}
          anyLabel={t('statistics.allYears')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={year === null ? undefined : String(year)}
          onChange={(value) => setYear(value ? Number(value) : null)}
          disabled={years.length === 0}
        />
      </Group>
      {error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !stats ? (
        <ListSkeleton rows={4} height={48} />
      ) : stats.requests === 0 ? (
        <EmptyState message={year === null ? t('statistics.empty') : t('statistics.emptyYear', { year })} />
      ) : (
        <StatisticsTables stats={stats} />
      )}
    </Stack>
  );
}

type Stats = CounterpartStatisticsData['counterpartRequestStatistics'];

function StatisticsTables({ stats }: { stats: Stats }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const countryName = useCountryName();
  const hours = (value: number | null) =>
    value === null ? t('statistics.noAnswer') : t('statistics.hours', { hours: format.number(value) });
  const share = (answered: number, requests: number) => `${format.number(Math.round((answered / requests) * 100))} %`;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" aria-label={t('statistics.totals')} m={0}>
        {[
          { key: 'requests' as const, value: format.number(stats.requests) },
          { key: 'answeredShare' as const, value: share(stats.answered, stats.requests) },
          { key: 'median' as const, value: hours(stats.medianHoursToFirstAnswer) },
        ].map((item) => (
          <Stack key={item.key} gap={0}>
            <Text component="dt" size="sm">
              {t(`statistics.columns.${item.key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl" data-testid={`statistics-${item.key}`}>
              {item.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder verticalSpacing="xs" horizontalSpacing={6} fz={{ base: 'xs', sm: 'sm' }} captionSide="top">
          <Table.Caption>{t('statistics.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statistics.columns.pair')}</Table.Th>
              <Table.Th scope="col">{t('statistics.columns.requests')}</Table.Th>
              <Table.Th scope="col">{t('statistics.columns.answeredShare')}</Table.Th>
              <Table.Th scope="col">{t('statistics.columns.median')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.pairs.map((pair) => (
              <Table.Tr key={`${pair.fromCountryCode}-${pair.toCountryCode}`}>
                <Table.Th scope="row">
                  {t('statistics.pair', { from: countryName(pair.fromCountryCode), to: countryName(pair.toCountryCode) })}
                </Table.Th>
                <Table.Td>{format.number(pair.requests)}</Table.Td>
                <Table.Td>{t('statistics.answered', { share: share(pair.answered, pair.requests), count: pair.answered })}</Table.Td>
                <Table.Td>{hours(pair.medianHoursToFirstAnswer)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

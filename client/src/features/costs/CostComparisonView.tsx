import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { COST_CURRENCIES, type CostCategory, type CostCurrency } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { vocabLabelKey } from '../../app/vocab';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { CostComparisonQuery } from './costDocuments';
import { CostTargetControls } from './CostTargetControls';
import { useMoney } from './useMoney';

// Categorical colours with at least 3:1 against white, in the order categories first appear.
const COLOURS = [
  '#1c7ed6',
  '#e8590c',
  '#2b8a3e',
  '#ae3ec9',
  '#c92a2a',
  '#0b7285',
  '#5f3dc4',
  '#d9480f',
  '#495057',
  '#087f5b',
  '#a61e4d',
  '#364fc7',
  '#862e9c',
  '#5c940d',
];

/** Scenarios side by side in one currency and price year: stacked bars by category and the table they draw. */
export function CostComparisonView() {
  const { t } = useTranslation('costs');
  const { t: tv } = useTranslation();
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const currency = (COST_CURRENCIES.find((code) => code === params.get('currency')) ?? 'EUR') as CostCurrency;
  const [thisYear] = useState(() => new Date().getFullYear());
  const priceYear = Number(params.get('year')) || thisYear;
  const set = (key: string, value: string) => setParams((current) => (current.set(key, value), current), { replace: true });
  const { data, loading, error, refetch } = useQuery(CostComparisonQuery, {
    variables: { ids, currency, priceYear },
    skip: ids.length === 0,
  });

  const controls = (
    <CostTargetControls
      currency={currency}
      priceYear={priceYear}
      onCurrency={(code) => set('currency', code)}
      onPriceYear={(year) => set('year', year)}
    />
  );
  if (ids.length === 0) return <EmptyState message={t('compare.none')} />;
  if (loading && !data) return <ListSkeleton />;
  if (error)
    return (
      <Stack>
        {controls}
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      </Stack>
    );
  const entries = data?.costComparison.entries ?? [];
  const categories = [...new Set(entries.flatMap((entry) => entry.totals.byCategory.map((c) => c.category)))] as CostCategory[];
  const colour = (category: CostCategory) => COLOURS[categories.indexOf(category) % COLOURS.length]!;
  const max = Math.max(1, ...entries.map((entry) => entry.totals.totalMinor));
  const label = (category: CostCategory) => tv(vocabLabelKey('costCategories', category));

  return (
    <Stack gap="lg">
      {controls}
      <svg
        role="img"
        aria-label={t('compare.chartLabel')}
        viewBox={`0 0 400 ${entries.length * 44 + 8}`}
        width="100%"
        style={{ maxWidth: 720 }}
      >
        {entries.map((entry, row) => {
          let x = 0;
          return (
            <g key={entry.scenario.id} transform={`translate(0 ${row * 44 + 4})`}>
              <text x={0} y={12} fontSize={11} fill="#212529">
                {entry.scenario.title.slice(0, 60)}
              </text>
              {entry.totals.byCategory.map(({ category, totalMinor }) => {
                const width = (totalMinor / max) * 400;
                const rect = (
                  <rect key={category} x={x} y={18} width={width} height={18} fill={colour(category)}>
                    <title>{`${label(category)}: ${money(totalMinor, currency)}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden>
        {categories.map((category) => (
          <Group key={category} gap={4}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: colour(category) }} />
            <Text size="xs">{label(category)}</Text>
          </Group>
        ))}
      </Group>
      <Table captionSide="top" striped>
        <Table.Caption>{t('compare.table')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('lines.category')}</Table.Th>
            {entries.map((entry) => (
              <Table.Th key={entry.scenario.id} scope="col">
                <Anchor component={Link} to={`/costs/${entry.scenario.id}`}>
                  {entry.scenario.title}
                </Anchor>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {categories.map((category) => (
            <Table.Tr key={category}>
              <Table.Th scope="row">{label(category)}</Table.Th>
              {entries.map((entry) => (
                <Table.Td key={entry.scenario.id}>
                  {money(entry.totals.byCategory.find((c) => c.category === category)?.totalMinor ?? 0, currency)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('totals.total')}</Table.Th>
            {entries.map((entry) => (
              <Table.Td key={entry.scenario.id} fw={700} data-testid={`compare-total-${entry.scenario.id}`}>
                {money(entry.totals.totalMinor, currency)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Anchor component={Link} to="/costs">
        {t('compare.back')}
      </Anchor>
    </Stack>
  );
}

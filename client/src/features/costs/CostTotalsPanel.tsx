import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { CostCurrency, CostTotals } from '@strom/shared';
import { COST_GROUPS, COST_PAYERS } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { CategoryShares } from './CategoryShares';
import { useMoney } from './useMoney';

interface CostTotalsPanelProps {
  totals: CostTotals | null;
  currency: CostCurrency;
}

/** The live result of the shared formula: total, moments, payers, what drives the cost, months. */
export function CostTotalsPanel({ totals, currency }: CostTotalsPanelProps) {
  const { t } = useTranslation('costs');
  const money = useMoney();
  if (!totals) return <Text c="red.8">{t('totals.problems')}</Text>;
  const { totalMinor } = totals;
  return (
    <Stack gap="md" aria-live="polite">
      <div>
        <Text size="sm">{t('totals.total')}</Text>
        <Text fz={28} fw={700} data-testid="scenario-total">
          {money(totalMinor, currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('totals.live')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <KeyedTotals
          title={t('totals.byGroup')}
          rows={COST_GROUPS.map((key) => ({ label: t(`group.${key}`), amount: totals.byGroup[key] }))}
          currency={currency}
        />
        <KeyedTotals
          title={t('totals.byPayer')}
          rows={COST_PAYERS.map((key) => ({ label: t(`payer.${key}`), amount: totals.byPayer[key] }))}
          currency={currency}
        />
      </SimpleGrid>
      <CategoryShares
        title={t('totals.priorities')}
        caption={t('totals.prioritiesCaption')}
        byCategory={totals.byCategory}
        totalMinor={totalMinor}
        currency={currency}
      />
      {totals.byMonth.length > 0 && (
        <Table.ScrollContainer minWidth={200}>
          <Table captionSide="top">
            <Table.Caption>{t('totals.byMonth')}</Table.Caption>
            <Table.Tbody>
              {totals.byMonth.map((amount, index) => (
                <Table.Tr key={index}>
                  <Table.Th scope="row">{t('totals.month', { number: index + 1 })}</Table.Th>
                  <Table.Td>{money(amount, currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function KeyedTotals({ title, rows, currency }: { title: string; rows: { label: string; amount: number }[]; currency: CostCurrency }) {
  const money = useMoney();
  return (
    <Table captionSide="top">
      <Table.Caption>{title}</Table.Caption>
      <Table.Tbody>
        {rows.map(({ label, amount }) => (
          <Table.Tr key={label}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td>{money(amount, currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { ActionIcon, Badge, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { COST_PAYERS, COST_PERIODS, parseMajorAmount, type CostCurrency, type CostLineProblem } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { useVocabOptions } from '../directory/vocabOptions';
import { emptyLine, isIllustrative, type DraftLine } from './costDraft';
import { useMoney } from './useMoney';

interface CostLinesEditorProps {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  currency: CostCurrency;
  problems: CostLineProblem[];
  lineTotals: number[] | null;
  readOnly: boolean;
}

// One fieldset per line rather than a wide table: nine inputs fit a phone as a two-column grid.
export function CostLinesEditor({ lines, onChange, currency, problems, lineTotals, readOnly }: CostLinesEditorProps) {
  const { t } = useTranslation('costs');
  const money = useMoney();
  const categoryOptions = useVocabOptions('costCategories');
  const payerOptions = COST_PAYERS.map((payer) => ({ value: payer, label: t(`payer.${payer}`) }));
  const periodOptions = COST_PERIODS.map((period) => ({ value: period, label: t(`period.${period}`) }));
  const update = (index: number, change: Partial<DraftLine>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const problemOf = (index: number, field: CostLineProblem['field']) => problems.find((p) => p.line === index && p.field === field)?.reason;

  return (
    <Stack gap="md">
      {lines.map((line, index) => {
        const number = index + 1;
        const unitCostError = parseMajorAmount(line.unitCost) === null ? t('lines.invalidAmount') : problemOf(index, 'unitCostMinor');
        return (
          <Fieldset key={line.key} legend={t('lines.line', { number })} disabled={readOnly}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <NativeSelect
                label={t('lines.category')}
                data={categoryOptions}
                value={line.category}
                onChange={(e) => update(index, { category: e.currentTarget.value as DraftLine['category'] })}
              />
              <NativeSelect
                label={t('lines.payer')}
                data={payerOptions}
                value={line.payer}
                onChange={(e) => update(index, { payer: e.currentTarget.value as DraftLine['payer'] })}
              />
              <TextInput
                label={t('lines.unitCost', { currency })}
                inputMode="decimal"
                value={line.unitCost}
                error={unitCostError}
                onChange={(e) => update(index, { unitCost: e.currentTarget.value })}
              />
              <TextInput
                label={t('lines.quantity')}
                inputMode="numeric"
                value={line.quantity}
                error={problemOf(index, 'quantity')}
                onChange={(e) => update(index, { quantity: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('lines.period')}
                data={periodOptions}
                value={line.period}
                onChange={(e) => {
                  const period = e.currentTarget.value as DraftLine['period'];
                  update(index, period === 'ONCE' ? { period, periods: '1' } : { period });
                }}
              />
              <TextInput
                label={t('lines.periods')}
                inputMode="numeric"
                value={line.periods}
                error={problemOf(index, 'periods')}
                onChange={(e) => update(index, { periods: e.currentTarget.value })}
              />
              <TextInput
                label={t('lines.startDay')}
                inputMode="numeric"
                value={line.startDay}
                error={problemOf(index, 'startDay')}
                onChange={(e) => update(index, { startDay: e.currentTarget.value })}
              />
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('lines.total')}
                </Text>
                <Text data-testid={`line-total-${number}`}>{lineTotals ? money(lineTotals[index] ?? 0, currency) : '–'}</Text>
              </Stack>
            </SimpleGrid>
            <TextInput
              mt="sm"
              label={t('lines.sourceNote')}
              value={line.sourceNote}
              maxLength={1000}
              onChange={(e) => update(index, { sourceNote: e.currentTarget.value })}
            />
            <Group justify="space-between" mt="sm">
              {isIllustrative(line) ? (
                <Group gap="xs">
                  <Badge color="grape.9" variant="outline" tt="none">
                    {t('lines.illustrative')}
                  </Badge>
                  <Text size="sm">{t('lines.illustrativeNote')}</Text>
                </Group>
              ) : (
                <span />
              )}
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('lines.remove', { number })}
                  onClick={() => onChange(lines.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </Fieldset>
        );
      })}
      {!readOnly && (
        <Button variant="outline" onClick={() => onChange([...lines, emptyLine()])} style={{ alignSelf: 'flex-start' }}>
          {t('lines.add')}
        </Button>
      )}
    </Stack>
  );
}

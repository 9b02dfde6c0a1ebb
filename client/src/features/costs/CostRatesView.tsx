import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { COST_CURRENCIES, type CostCurrency } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useFormat } from '../../ui/useFormat';
import { useMutationForm } from '../../ui/useMutationForm';
import { CostRatesQuery, SetExchangeRateMutation, SetPriceIndexMutation } from './costDocuments';

/** The rates table comparisons convert with; admins enter each figure with its source. */
export function CostRatesView({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('costs');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(CostRatesQuery);
  if (loading && !data) return <ListSkeleton />;
  if (error) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  const rates = data!.costRates;
  return (
    <Stack gap="xl">
      {!canEdit && <Text>{t('rates.adminsOnly')}</Text>}
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('rates.exchange')}
        </Title>
        <RatesTable
          caption={t('rates.exchange')}
          headers={[t('rates.year'), t('rates.currency'), t('rates.perEuro'), t('rates.source')]}
          rows={rates.exchange.map((rate) => [
            String(rate.year),
            rate.currency,
            rate.perEuro,
            `${rate.source} · ${format.dateTime(rate.updatedAt)}`,
          ])}
        />
        {canEdit && <ExchangeRateForm />}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('rates.prices')}
        </Title>
        <RatesTable
          caption={t('rates.prices')}
          headers={[t('rates.year'), t('rates.countryCode'), t('rates.index'), t('rates.source')]}
          rows={rates.prices.map((price) => [
            String(price.year),
            price.countryCode,
            price.index,
            `${price.source} · ${format.dateTime(price.updatedAt)}`,
          ])}
        />
        {canEdit && <PriceIndexForm />}
      </Stack>
    </Stack>
  );
}

function RatesTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  const { t } = useTranslation('costs');
  if (rows.length === 0) return <Text>{t('rates.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table captionSide="top">
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.slice(0, 2).join(':')}>
              {row.map((value, index) => (
                <Table.Td key={index}>{value}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function useRateForm(run: () => Promise<unknown>) {
  const [saved, setSaved] = useState(false);
  const form = useMutationForm(async () => {
    setSaved(false);
    await run();
    setSaved(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  return { form, saved, onSubmit };
}

function ExchangeRateForm() {
  const { t } = useTranslation('costs');
  const [year, setYear] = useState(() => String(new Date().getFullYear() - 1));
  const [currency, setCurrency] = useState<CostCurrency>('SEK');
  const [perEuro, setPerEuro] = useState('');
  const [source, setSource] = useState('');
  const [setRate] = useMutation(SetExchangeRateMutation);
  const { form, saved, onSubmit } = useRateForm(() => setRate({ variables: { input: { year: Number(year), currency, perEuro, source } } }));
  return (
    <form onSubmit={onSubmit} aria-label={t('rates.exchange')}>
      <Group align="flex-end">
        <TextInput label={t('rates.year')} inputMode="numeric" value={year} onChange={(e) => setYear(e.currentTarget.value)} required />
        <NativeSelect
          label={t('rates.currency')}
          data={COST_CURRENCIES.filter((code) => code !== 'EUR')}
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value as CostCurrency)}
        />
        <TextInput
          label={t('rates.perEuro')}
          inputMode="decimal"
          value={perEuro}
          onChange={(e) => setPerEuro(e.currentTarget.value)}
          error={form.fieldErrors['input.perEuro']}
          required
        />
        <TextInput label={t('rates.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} required />
        <Button type="submit" loading={form.pending}>
          {t('rates.save')}
        </Button>
      </Group>
      {form.message && !form.fieldErrors['input.perEuro'] && <FormAlert kind="error">{form.message}</FormAlert>}
      {saved && <FormAlert kind="success">{t('rates.saved')}</FormAlert>}
    </form>
  );
}

function PriceIndexForm() {
  const { t } = useTranslation('costs');
  const [year, setYear] = useState(() => String(new Date().getFullYear() - 1));
  const [countryCode, setCountryCode] = useState('');
  const [index, setIndex] = useState('');
  const [source, setSource] = useState('');
  const [setPrice] = useMutation(SetPriceIndexMutation);
  const { form, saved, onSubmit } = useRateForm(() =>
    setPrice({ variables: { input: { year: Number(year), countryCode: countryCode.toUpperCase(), index, source } } }),
  );
  return (
    <form onSubmit={onSubmit} aria-label={t('rates.prices')}>
      <Group align="flex-end">
        <TextInput label={t('rates.year')} inputMode="numeric" value={year} onChange={(e) => setYear(e.currentTarget.value)} required />
        <TextInput
          label={t('rates.countryCode')}
          maxLength={2}
          value={countryCode}
          onChange={(e) => setCountryCode(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('rates.index')}
          inputMode="decimal"
          value={index}
          onChange={(e) => setIndex(e.currentTarget.value)}
          error={form.fieldErrors['input.index']}
          required
        />
        <TextInput label={t('rates.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} required />
        <Button type="submit" loading={form.pending}>
          {t('rates.save')}
        </Button>
      </Group>
      {form.message && !form.fieldErrors['input.index'] && <FormAlert kind="error">{form.message}</FormAlert>}
      {saved && <FormAlert kind="success">{t('rates.saved')}</FormAlert>}
    </form>
  );
}

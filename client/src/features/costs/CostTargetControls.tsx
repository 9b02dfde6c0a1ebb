import { Group, NativeSelect, TextInput } from '@mantine/core';
import { COST_CURRENCIES, type CostCurrency } from '@strom/shared';
import { useTranslation } from 'react-i18next';

interface CostTargetControlsProps {
  currency: CostCurrency;
  priceYear: number;
  onCurrency: (currency: CostCurrency) => void;
  /** Called when the year field is left, so a half-typed year does not ask the server. */
  onPriceYear: (year: string) => void;
}

/** The currency and price year amounts are converted to, as the comparison and the priorities view ask for them. */
export function CostTargetControls({ currency, priceYear, onCurrency, onPriceYear }: CostTargetControlsProps) {
  const { t } = useTranslation('costs');
  return (
    <Group align="flex-end">
      <NativeSelect
        label={t('compare.currency')}
        data={[...COST_CURRENCIES]}
        value={currency}
        onChange={(event) => onCurrency(COST_CURRENCIES.find((code) => code === event.currentTarget.value) ?? 'EUR')}
      />
      <TextInput
        label={t('compare.priceYear')}
        inputMode="numeric"
        defaultValue={String(priceYear)}
        onBlur={(event) => onPriceYear(event.currentTarget.value)}
      />
    </Group>
  );
}

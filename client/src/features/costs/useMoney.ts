import { formatMoney, type CostCurrency } from '@strom/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../ui/useFormat';

/** Amounts in minor units, written the way the page's language writes money: "€1,234.50". */
export function useMoney(): (amountMinor: number, currency: CostCurrency) => string {
  const { i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  return useCallback((amountMinor, currency) => formatMoney(amountMinor, currency, locale), [locale]);
}

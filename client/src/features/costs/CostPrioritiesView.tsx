import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import type { CostCurrency } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { CategoryShares } from './CategoryShares';
import { CostPrioritiesQuery } from './costDocuments';
import { CostTargetControls } from './CostTargetControls';
import { useMoney } from './useMoney';

/**
 * A municipality's priorities: which categories drive cost across its scenarios the member may read, converted to
 * one currency and price year like the comparison (a missing rate is named, as there).
 */
export function CostPrioritiesView({ municipalityId, place }: { municipalityId: string; place: string }) {
  const { t } = useTranslation('costs');
  const money = useMoney();
  const [currency, setCurrency] = useState<CostCurrency>('EUR');
  const [priceYear, setPriceYear] = useState(() => new Date().getFullYear());
  const { data, loading, error, refetch } = useQuery(CostPrioritiesQuery, { variables: { municipalityId, currency, priceYear } });
  const priorities = data?.costPriorities;

  let body;
  if (loading && !data) body = <ListSkeleton />;
  else if (error) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!priorities || priorities.scenarioCount === 0) body = <EmptyState message={t('priorities.empty', { place })} />;
  else
    body = (
      <>
        <Text>
          {t('priorities.summary', { count: priorities.scenarioCount, total: money(priorities.totalMinor, priorities.currency) })}
        </Text>
        <CategoryShares
          title={t('priorities.byCategory')}
          caption={t('priorities.caption', { currency: priorities.currency, year: priorities.priceYear })}
          byCategory={priorities.byCategory}
          totalMinor={priorities.totalMinor}
          currency={priorities.currency}
        />
      </>
    );
  return (
    <Stack gap="sm" component="section" aria-labelledby="cost-priorities-title">
      <Title order={2} size="h3" id="cost-priorities-title">
        {t('priorities.title', { place })}
      </Title>
      <CostTargetControls
        currency={currency}
        priceYear={priceYear}
        onCurrency={setCurrency}
        onPriceYear={(year) => setPriceYear(Number(year) || priceYear)}
      />
      {body}
    </Stack>
  );
}

import { Progress, Stack, Text, Title } from '@mantine/core';
import type { CostCategory, CostCurrency } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { vocabLabelKey } from '../../app/vocab';
import { useMoney } from './useMoney';

interface CategorySharesProps {
  title: string;
  caption: string;
  byCategory: readonly { category: CostCategory; totalMinor: number }[];
  totalMinor: number;
  currency: CostCurrency;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Which categories drive the cost: each with its amount and share of the total, largest first. */
export function CategoryShares({ title, caption, byCategory, totalMinor, currency }: CategorySharesProps) {
  const { t: tv } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      {byCategory
        .toSorted((a, b) => b.totalMinor - a.totalMinor)
        .map(({ category, totalMinor: amount }) => {
          const share = percent(amount, totalMinor);
          const label = tv(vocabLabelKey('costCategories', category));
          return (
            <div key={category}>
              <Text size="sm">
                {label}: {money(amount, currency)} ({share}%)
              </Text>
              <Progress value={share} aria-label={`${label}: ${share}%`} />
            </div>
          );
        })}
    </Stack>
  );
}

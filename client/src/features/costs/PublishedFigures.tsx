import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormat';
import { PublishedCostFiguresQuery } from './costDocuments';

/** Aggregate figures from publications beside a scenario, for context, each with its sources; never as a unit price. */
export function PublishedFigures({ country }: { country: string | null }) {
  const { t } = useTranslation('costs');
  const format = useFormat();
  const { data } = useQuery(PublishedCostFiguresQuery);
  const figures = (data?.publishedCostFigures ?? []).toSorted((a, b) => Number(b.country === country) - Number(a.country === country));
  if (figures.length === 0) return null;
  const amount = (value: number, currency: string) => `${format.number(value)} ${currency}`;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('figures.title')}
      </Title>
      <Text size="sm">{t('figures.intro')}</Text>
      <List spacing="xs" size="sm">
        {figures.map((figure, index) => (
          <List.Item key={index}>
            <Text size="sm" span fw={500}>
              {figure.country}: {figure.category}
            </Text>{' '}
            <Text size="sm" span>
              {figure.amountHigh
                ? t('figures.range', { low: amount(figure.amount, figure.currency), high: amount(figure.amountHigh, figure.currency) })
                : amount(figure.amount, figure.currency)}{' '}
              ({figure.unit}; {figure.year}).
            </Text>{' '}
            {figure.note && (
              <Text size="sm" span c="dimmed">
                {figure.note}{' '}
              </Text>
            )}
            {figure.sources.map((source) => (
              <Anchor key={source.id} size="sm" href={source.address} target="_blank" rel="noreferrer">
                {t('figures.source')}: {source.publisher}, {source.title}
              </Anchor>
            ))}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

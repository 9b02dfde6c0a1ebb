import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { useDeferredArrival } from '../../ui/useDeferredArrival';
import { useFormat } from '../../ui/useFormat';
import classes from './NetworkStats.module.css';

export const NetworkStatsQuery = graphql(`
  query NetworkStats {
    networkStats {
      countries
      otherCountries
      municipalities
      organisations
      experts
    }
  }
`);

const headingId = 'network-stats-heading';

export function NetworkStats() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: answer, error, refetch } = useQuery(NetworkStatsQuery, { fetchPolicy: 'cache-and-network' });
  // The figures render in a background render that yields: the first one builds the page's number format (S8, TBT).
  const data = useDeferredArrival(answer);
  const stats = data?.networkStats;
  const items = [
    { key: 'countries', label: t('home.stats.countries'), value: stats?.countries },
    { key: 'municipalities', label: t('home.stats.municipalities'), value: stats?.municipalities },
    { key: 'organisations', label: t('home.stats.organisations'), value: stats?.organisations },
    { key: 'experts', label: t('home.stats.experts'), value: stats?.experts },
    // The server answers null where the viewer may not see the number (experts, to anonymous visitors).
  ].filter((item): item is typeof item & { value: number | undefined } => item.value !== null);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('home.stats.heading')}
      </Title>
      {!stats && error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : (
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} className={classes.grid}>
          {items.map((item) => (
            <Paper key={item.key} withBorder p="md" className={classes.stat}>
              <Text component="dt" size="sm" c="dimmed">
                {item.label}
              </Text>
              <Text component="dd" className={classes.value} data-testid={`stat-${item.key}`}>
                {item.value === undefined ? (
                  <>
                    <Skeleton height={32} width="60%" />
                    <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
                  </>
                ) : (
                  format.number(item.value)
                )}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {/* Always one line high, so the page does not move when the numbers arrive. */}
      <Text size="sm" c="dimmed" mih="1.55em">
        {stats && stats.otherCountries.length > 0
          ? t('home.stats.otherCountries', { countries: stats.otherCountries.join(', '), count: stats.otherCountries.length })
          : '\u00a0'}
      </Text>
    </Stack>
  );
}

import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabLabelKey } from '../../app/vocab';
import classes from './Coverage.module.css';
import type { CountryCoverageRow } from './useCoverage';

// Per country: services nobody offers there, or nobody offers to a target group ("no shelter for men").
export function ServiceGaps({ countries }: { countries: readonly CountryCoverageRow[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      {countries.map(({ country, serviceGaps }) => (
        <Paper key={country.code} withBorder p="sm">
          <Title order={3} size="h5" mb={4}>
            {country.name}
          </Title>
          {serviceGaps.length === 0 ? (
            <Text size="sm">{t('coverage.gapsNone')}</Text>
          ) : (
            <ul className={classes.gaps} aria-label={t('coverage.gapsOf', { country: country.name })}>
              {serviceGaps.map((gap) => {
                const service = t(vocabLabelKey('services', gap.service));
                return (
                  <li key={`${gap.service}-${gap.targetGroup ?? ''}`}>
                    <Text size="sm" span>
                      {gap.targetGroup
                        ? t('coverage.gapForGroup', { service, group: t(vocabLabelKey('targetGroups', gap.targetGroup)) })
                        : t('coverage.gapMissing', { service })}
                    </Text>
                  </li>
                );
              })}
            </ul>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

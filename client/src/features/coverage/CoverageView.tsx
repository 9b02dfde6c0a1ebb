import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../../app/mapStrings';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { SignInRequired } from '../auth/SignInRequired';
import { CountryCoverageTable } from './CountryCoverageTable';
import { CoverageFreshness } from './CoverageFreshness';
import { CoverageMap } from './CoverageMap';
import { ServiceGaps } from './ServiceGaps';
import { useCoverage } from './useCoverage';

const ids = {
  countries: 'coverage-countries',
  municipalities: 'coverage-municipalities',
  gaps: 'coverage-gaps',
  freshness: 'coverage-freshness',
};

export function CoverageView() {
  useMapStrings();
  const { t } = useTranslation();
  const { data, error, refetch } = useCoverage();
  const coverage = data?.coverage;

  if (!coverage) {
    // Who may see coverage is the server's rule (coordinators, administrators, TF-THB members):
    // anyone else gets FORBIDDEN, said plainly rather than as a failure.
    if (hasErrorCode(error, 'FORBIDDEN')) return <EmptyState message={t('coverage.forbidden')} />;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) return <SignInRequired message={t('coverage.signIn')} />;
    return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={4} height={96} />;
  }

  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby={ids.countries} gap="sm">
        <Title order={2} id={ids.countries}>
          {t('coverage.countriesHeading')}
        </Title>
        <CountryCoverageTable countries={coverage.countries} />
      </Stack>
      <Stack component="section" aria-labelledby={ids.municipalities} gap="sm">
        <Title order={2} id={ids.municipalities}>
          {t('coverage.municipalitiesHeading')}
        </Title>
        <CoverageMap municipalities={coverage.municipalities} />
      </Stack>
      <Stack component="section" aria-labelledby={ids.gaps} gap="sm">
        <Title order={2} id={ids.gaps}>
          {t('coverage.gapsHeading')}
        </Title>
        <Text>{t('coverage.gapsIntro')}</Text>
        <ServiceGaps countries={coverage.countries} />
      </Stack>
      <Stack component="section" aria-labelledby={ids.freshness} gap="sm">
        <Title order={2} id={ids.freshness}>
          {t('coverage.freshnessHeading')}
        </Title>
        <Text>{t('coverage.freshnessIntro')}</Text>
        <CoverageFreshness countries={coverage.countries} municipalities={coverage.municipalities} />
      </Stack>
    </Stack>
  );
}

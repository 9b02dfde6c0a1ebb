import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { FilterSelect } from '../../ui/FilterSelect';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { usePlaceOptions } from '../places/PlaceFilters';
import { BaselineQuestionsQuery, BaselineRegionComparisonQuery } from './baselineDocuments';
import { BaselineRegionTable } from './BaselineRegionTable';
import classes from './BaselineReport.module.css';

/** Read once per page load: the comparison opens on this year; years since the guidelines (2015) are offered. */
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR + 2 - 2015 }, (_, i) => String(THIS_YEAR + 1 - i));

/**
 * /baseline/compare — the region's municipalities compared question by question: per country, how many answered
 * yes, partly or no, over submitted and accepted assessments only. Filters by year and country; prints cleanly.
 */
export function BaselineRegionPage() {
  const { t } = useTranslation('baseline');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? THIS_YEAR);
  const country = params.get('country') ?? undefined;
  const { countryOptions } = usePlaceOptions(undefined);
  const { data, error, refetch } = useQuery(BaselineRegionComparisonQuery, { variables: { year, countryCode: country ?? null } });
  const questions = useQuery(BaselineQuestionsQuery);
  const choose = (key: 'year' | 'country', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  let body;
  if ((error && !data) || (questions.error && !questions.data)) {
    if (hasErrorCode(error, 'FORBIDDEN', 'UNAUTHENTICATED'))
      return <NotFoundState title={t('region.title')} message={t('region.notAllowed')} />;
    body = <ErrorState onRetry={() => void Promise.all([refetch(), questions.refetch()])} />;
  } else if (!data || !questions.data) body = <PageSkeleton />;
  else if (data.baselineRegionComparison.length === 0) body = <Text>{t('region.empty', { year })}</Text>;
  else body = <BaselineRegionTable year={year} questions={questions.data.baselineQuestions} rows={data.baselineRegionComparison} />;

  return (
    <Stack gap="lg" className={classes.page}>
      <PageHeader title={t('region.title')} intro={t('region.intro')} />
      <Group gap="sm" align="flex-end" className={classes.noPrint}>
        <NativeSelect label={t('year')} data={YEARS} value={String(year)} onChange={(e) => choose('year', e.currentTarget.value)} />
        <FilterSelect
          label={t('region.country')}
          anyLabel={t('region.allCountries')}
          options={countryOptions}
          value={country}
          onChange={(value) => choose('country', value)}
        />
        <Button variant="outline" onClick={() => window.print()}>
          {t('print')}
        </Button>
      </Group>
      {body}
    </Stack>
  );
}

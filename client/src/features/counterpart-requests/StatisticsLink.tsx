import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SeeStatisticsQuery } from './requestDocuments';

/** The way to the statistics, for those the server shows them to (viewer.can, from the query's own rule). */
export function StatisticsLink() {
  const { t } = useTranslation('requests');
  const { data } = useQuery(SeeStatisticsQuery);
  if (!data?.viewer?.can.seeCounterpartStatistics) return null;
  return (
    <Anchor component={Link} to="/requests/statistics">
      {t('statistics.link')}
    </Anchor>
  );
}

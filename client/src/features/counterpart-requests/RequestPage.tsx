import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { RequestView } from './RequestView';
import { CounterpartRequestQuery } from './requestDocuments';

/** `/requests/:id`: loading, not found (or not on either side), error, or the request. */
export function RequestPage() {
  const { t } = useTranslation('requests');
  const { id = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const { data, error, refetch } = useQuery(CounterpartRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  if (!data.counterpartRequest) return <NotFoundState title={t('title')} message={t('detail.notFound')} />;
  return (
    <Stack gap="md">
      <DocumentTitle page={t('title')} />
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      <RequestView request={data.counterpartRequest} />
    </Stack>
  );
}

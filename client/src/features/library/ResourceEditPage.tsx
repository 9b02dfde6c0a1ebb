import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { ResourceNotFound } from './ResourceNotFound';
import { ResourceEditFragment, ResourceEditQuery } from './libraryDocuments';
import { ResourceForm } from './ResourceForm';

/** `/library/:id/edit`: the resource as saved, at its version; those who may not change it are told who can. */
export function ResourceEditPage({ id }: { id: string }) {
  const { t } = useTranslation('library');
  const { data, loading, error, refetch } = useQuery(ResourceEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const resource = getFragmentData(ResourceEditFragment, data?.resource);
  if (!resource) return <ResourceNotFound />;
  if (!resource.viewerCan.edit) return <FormAlert kind="error">{t('form.notEditable')}</FormAlert>;
  return (
    <>
      <DocumentTitle page={t('form.editTitle')} />
      <ResourceForm resource={resource} />
    </>
  );
}

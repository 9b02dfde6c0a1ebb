import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useForumsT } from '../app/forumStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { NewThreadForumQuery } from '../features/forum/forumDocuments';
import { NewThreadForm } from '../features/forum/NewThreadForm';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { NotFoundState } from '../ui/NotFoundState';
import { PageHeader } from '../ui/PageHeader';
import { PageSkeleton } from '../ui/PageSkeleton';

export function NewThread() {
  const { t } = useForumsT();
  return <RequireViewer signInMessage={t('new.signIn')}>{() => <NewThreadPage />}</RequireViewer>;
}

function NewThreadPage() {
  const { t } = useForumsT();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(NewThreadForumQuery, { variables: { slug } });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const { forum } = data;
  if (!forum) return <NotFoundState title={t('forum.notFoundTitle')} message={t('forum.notFound')} />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/forums/${forum.slug}`} size="sm">
        {t('new.back', { forum: forum.title })}
      </Anchor>
      <PageHeader title={t('new.heading')} intro={t('new.intro', { forum: forum.title })} />
      {forum.viewerCan.startThread ? <NewThreadForm forum={forum} /> : <EmptyState message={t('new.notAllowed')} />}
    </Stack>
  );
}

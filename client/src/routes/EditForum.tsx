import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useForumsT } from '../app/forumStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { EditForumForm } from '../features/forum/EditForumForm';
import { ForumPeopleSection } from '../features/forum/ForumPeopleSection';
import { EditForumQuery } from '../features/forum/forumDocuments';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { NotFoundState } from '../ui/NotFoundState';
import { PageHeader } from '../ui/PageHeader';
import { PageSkeleton } from '../ui/PageSkeleton';

export function EditForum() {
  const { t } = useForumsT();
  return <RequireViewer signInMessage={t('edit.signIn')}>{() => <EditForumPage />}</RequireViewer>;
}

function EditForumPage() {
  const { t } = useForumsT();
  const { slug = '' } = useParams();
  // Fresh from the server: the form sends the version it shows.
  const { data, error, refetch } = useQuery(EditForumQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const { forum } = data;
  if (!forum) return <NotFoundState title={t('forum.notFoundTitle')} message={t('forum.notFound')} />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/forums/${forum.slug}`} size="sm">
        {t('new.back', { forum: forum.title })}
      </Anchor>
      <PageHeader title={t('edit.heading', { forum: forum.title })} />
      {forum.viewerCan.manage && <EditForumForm forum={forum} />}
      {forum.viewerCan.manage || forum.viewerCan.manageMembers ? (
        <ForumPeopleSection forum={forum} slug={forum.slug} />
      ) : (
        <EmptyState message={t('edit.notAllowed')} />
      )}
    </Stack>
  );
}

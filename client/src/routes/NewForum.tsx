import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useForumsT } from '../app/forumStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { NewForumForm } from '../features/forum/NewForumForm';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';

export function NewForum() {
  const { t } = useForumsT();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/forums" size="sm">
        {t('forum.backToList')}
      </Anchor>
      <PageHeader title={t('create.heading')} intro={t('create.intro')} />
      <RequireViewer signInMessage={t('create.signIn')}>
        {(viewer) =>
          viewer.can.administer || viewer.coordinatorOf.length > 0 ? <NewForumForm /> : <EmptyState message={t('create.notAllowed')} />
        }
      </RequireViewer>
    </Stack>
  );
}

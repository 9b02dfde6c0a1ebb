import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useForumsT } from '../app/forumStrings';
import { useViewer } from '../features/account/useViewer';
import { ForumList } from '../features/forum/ForumList';
import { PageHeader } from '../ui/PageHeader';

export function Forums() {
  const { t } = useForumsT();
  const { viewer } = useViewer();
  // The server has the last word on where one may create a forum; the link is for those who may somewhere.
  const mayCreate = viewer != null && (viewer.can.administer || viewer.coordinatorOf.length > 0);
  return (
    <Stack gap="lg">
      <PageHeader title={t('list.title')} intro={t('list.intro')} />
      {mayCreate && (
        <Group>
          <Button component={Link} to="/forums/new" variant="outline">
            {t('list.newForum')}
          </Button>
        </Group>
      )}
      <ForumList />
    </Stack>
  );
}

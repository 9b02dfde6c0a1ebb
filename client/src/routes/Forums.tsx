import { Stack } from '@mantine/core';
import { useForumsT } from '../app/forumStrings';
import { ForumList } from '../features/forum/ForumList';
import { PageHeader } from '../ui/PageHeader';

export function Forums() {
  const { t } = useForumsT();
  return (
    <Stack gap="lg">
      <PageHeader title={t('list.title')} intro={t('list.intro')} />
      <ForumList />
    </Stack>
  );
}

import { Stack } from '@mantine/core';
import { useForumsT } from '../app/forumStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { ModerationQueueList } from '../features/forum/ModerationQueueList';
import { PageHeader } from '../ui/PageHeader';

export function ModerationQueue() {
  const { t } = useForumsT();
  return (
    <Stack gap="lg">
      <PageHeader title={t('moderation.title')} intro={t('moderation.intro')} />
      <RequireViewer signInMessage={t('moderation.signIn')}>{() => <ModerationQueueList />}</RequireViewer>
    </Stack>
  );
}

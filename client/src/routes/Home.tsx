import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActivityFeed } from '../features/network/ActivityFeed';
import { NetworkIntro } from '../features/network/NetworkIntro';
import { NetworkStats } from '../features/network/NetworkStats';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Home() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <DocumentTitle page={t('home.title')} />
      <NetworkIntro />
      <NetworkStats />
      <ActivityFeed />
    </Stack>
  );
}

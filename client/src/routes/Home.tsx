import { Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/account/useViewer';
import { HowToJoin } from '../features/joining/HowToJoin';
import { MemberStart } from '../features/joining/MemberStart';
import { ActivityFeed } from '../features/network/ActivityFeed';
import { NetworkIntro } from '../features/network/NetworkIntro';
import { NetworkStats } from '../features/network/NetworkStats';
import { DocumentTitle } from '../ui/DocumentTitle';

// Only contact points see it, so it loads with its strings after the page, not in the home page's chunk.
const GuidelineReminders = lazy(async () => ({
  default: (await import('../features/guidelines/GuidelineReminders')).GuidelineReminders,
}));

// Visitors learn what the network is and how to join; members start from what they come for.
export function Home() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack gap="xl">
      <DocumentTitle page={t('home.title')} />
      {viewer ? <MemberStart viewer={viewer} /> : <NetworkIntro />}
      {viewer && (
        <Suspense fallback={null}>
          <GuidelineReminders />
        </Suspense>
      )}
      {viewer === null && <HowToJoin />}
      <NetworkStats />
      <ActivityFeed />
    </Stack>
  );
}

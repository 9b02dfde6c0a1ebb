import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useDateFormatWarmUp } from '../../ui/intlWarmUp';
import { useDeferredArrival } from '../../ui/useDeferredArrival';
import { useNow } from '../../ui/useNow';
import { ActivityEntry } from './ActivityEntry';
import classes from './ActivityFeed.module.css';
import { useActivityFeed } from './useActivityFeed';

const headingId = 'activity-heading';

export function ActivityFeed() {
  const { t } = useTranslation();
  const now = useNow();
  // Each entry writes its time.
  useDateFormatWarmUp();
  const feed = useActivityFeed();
  // The first page of entries renders in a background render that yields (S8, TBT on /).
  const entries = useDeferredArrival(feed.entries);
  const { error, liveError, retry } = feed;

  let body;
  if (!entries) body = error ? <ErrorState onRetry={retry} /> : <ListSkeleton rows={4} height={32} />;
  else if (entries.length === 0) body = <EmptyState message={t('activity.empty')} />;
  else {
    // The live region exists only once the first page is shown, so screen readers announce new
    // entries as they arrive, not the whole initial list.
    body = (
      <ol className={classes.feed} aria-labelledby={headingId} aria-live="polite" aria-relevant="additions" data-testid="activity-feed">
        {entries.map((entry) => (
          <li key={entry.id} className={classes.entry}>
            <ActivityEntry activity={entry} now={now} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('activity.heading')}
      </Title>
      {liveError && (
        <Text size="sm" c="dimmed">
          {t('activity.liveError')}
        </Text>
      )}
      {body}
    </Stack>
  );
}

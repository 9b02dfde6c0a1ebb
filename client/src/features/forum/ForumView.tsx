import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import { signInPath } from '../auth/safeNext';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { FirstPageSkeleton } from '../../ui/FirstPageSkeleton';
import { ResultList } from '../../ui/ResultList';
import { useNow } from '../../ui/useNow';
import { ThreadFiltersForm } from './ThreadFiltersForm';
import { ThreadRow } from './ThreadRow';
import { filtersFromSearch, searchFromFilters } from './threadFilters';
import { useForumThreads } from './useForumThreads';
import { WatchLevelControl } from './WatchLevelControl';

/** A forum: its threads (pinned first, then by last activity), filters kept in the URL, live. */
export function ForumView({ slug }: { slug: string }) {
  const { t } = useForumsT();
  const now = useNow();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { forum, loaded, error, retry, loadMore } = useForumThreads(slug, filters);
  if (!loaded) return error ? <ErrorState onRetry={retry} /> : <FirstPageSkeleton />;
  if (!forum) {
    return (
      <NotFoundState title={t('forum.notFoundTitle')} message={t('forum.notFound')}>
        <Anchor component={Link} to="/forums">
          {t('forum.backToList')}
        </Anchor>
      </NotFoundState>
    );
  }
  const filtered = Object.keys(filters).length > 0;
  const threads = forum.threads;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/forums" size="sm">
        {t('forum.backToList')}
      </Anchor>
      <PageHeader title={forum.title} intro={forum.description ?? undefined} />
      <Group gap="sm" wrap="wrap" align="flex-end">
        {forum.viewerCan.startThread && (
          <Button component={Link} to={`/forums/${forum.slug}/new`}>
            {t('forum.newThread')}
          </Button>
        )}
        {!forum.watchLevel && (
          // A visitor (no watch level: not signed in) reads a public forum; members post in it.
          <Anchor component={Link} to={signInPath(`/forums/${forum.slug}`)}>
            {t('forum.signInToPost')}
          </Anchor>
        )}
        {forum.viewerCan.manage && (
          <Button component={Link} to={`/forums/${forum.slug}/edit`} variant="outline">
            {t('forum.edit')}
          </Button>
        )}
        {forum.viewerCan.moderate && (
          <Button component={Link} to="/forums/moderation" variant="outline">
            {t('forum.moderationQueue')}
          </Button>
        )}
        {forum.watchLevel && <WatchLevelControl forumId={forum.id} level={forum.watchLevel} />}
      </Group>
      <ThreadFiltersForm
        key={filters.tag ?? ''}
        filters={filters}
        onChange={(next) => setSearch(searchFromFilters(next), { replace: true })}
      />
      <ResultList
        label={t('forum.threadsLabel')}
        items={threads.edges.map(({ node }) => ({
          key: node.id,
          node: <ThreadRow thread={node} now={now} />,
        }))}
        totalCount={threads.totalCount}
        hasMore={threads.pageInfo.hasNextPage}
        onLoadMore={loadMore}
        empty={
          <EmptyState message={filtered ? t('forum.noMatches') : t('forum.empty')}>
            {filtered && (
              <Button variant="outline" onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
                {t('filters.clear')}
              </Button>
            )}
          </EmptyState>
        }
      />
      {error && <Text role="alert">{t('forum.refreshFailed')}</Text>}
    </Stack>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';
import { ListSkeleton } from './ListSkeleton';
import classes from './ResultList.module.css';

export interface ResultItem {
  key: string;
  node: ReactNode;
}

interface ResultListProps {
  label: string;
  /** Undefined while the first page loads (or failed). */
  items: readonly ResultItem[] | undefined;
  totalCount: number;
  hasMore: boolean;
  /** Shown instead of the list while there are no items. */
  error?: unknown;
  onRetry?: () => void;
  onLoadMore: () => Promise<unknown>;
  /** Shown when the list loaded and is empty. */
  empty: ReactNode;
}

// Loading, error, empty and paged states of a connection, identical on every list.
export function ResultList({ label, items, totalCount, hasMore, error, onRetry, onLoadMore, empty }: ResultListProps) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNewIndex = useRef<number | null>(null);
  const count = items?.length ?? 0;

  // After "load more", move focus to the first new entry: the button may be gone (last page),
  // and keyboard users continue reading where the new results start.
  useEffect(() => {
    const index = firstNewIndex.current;
    if (index === null || count <= index) return;
    firstNewIndex.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[index]?.focus();
  }, [count]);

  if (!items) {
    return error ? <ErrorState onRetry={onRetry} /> : <ListSkeleton />;
  }
  if (items.length === 0) return <>{empty}</>;

  const loadMore = async () => {
    setLoadingMore(true);
    setLoadMoreFailed(false);
    firstNewIndex.current = count;
    try {
      await onLoadMore();
    } catch {
      firstNewIndex.current = null;
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <ul className={classes.list} aria-label={label} ref={listRef}>
        {items.map((item) => (
          <li key={item.key} className={classes.item} tabIndex={-1}>
            {item.node}
          </li>
        ))}
      </ul>
      {loadMoreFailed && <ErrorState onRetry={() => void loadMore()} />}
      <Group justify="space-between" gap="sm">
        <Text component="output" size="sm" c="dimmed">
          {t('directory.showing', { shown: count, total: totalCount })}
        </Text>
        {hasMore && (
          <Button variant="outline" onClick={() => void loadMore()} loading={loadingMore}>
            {t('directory.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../gql';
import { PostCard, type PostCardFragment } from './PostCard';
import type { ThreadActions } from './PostActions';

interface PostListProps {
  edges: readonly { cursor: string; node: { id: string; position: number } & FragmentType<typeof PostCardFragment> }[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  solvedPostId: string | null;
  actions: ThreadActions;
  /** The reader saw the end of the list, down to this post. */
  onReachedEnd: (position: number) => void;
}

/** The posts in order, "load more" below them, and a marker that tells when the reader reached the last one. */
export function PostList({ edges, hasMore, loadingMore, onLoadMore, solvedPostId, actions, onReachedEnd }: PostListProps) {
  const { t } = useTranslation('thread');
  const end = useRef<HTMLDivElement>(null);
  const last = edges.at(-1)?.node.position ?? 0;
  const reached = useRef(onReachedEnd);
  useEffect(() => {
    reached.current = onReachedEnd;
  });

  useEffect(() => {
    const marker = end.current;
    if (!marker || hasMore || last === 0 || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) reached.current(last);
    });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [hasMore, last]);

  return (
    <Stack gap="sm">
      <Stack component="ol" gap="sm" aria-label={t('posts.label')} p={0} m={0} style={{ listStyle: 'none' }}>
        {edges.map(({ node }) => (
          <li key={node.id}>
            <PostCard post={node} solved={node.id === solvedPostId} actions={actions} />
          </li>
        ))}
      </Stack>
      <div ref={end} />
      {hasMore ? (
        <Group>
          <Button variant="default" loading={loadingMore} onClick={onLoadMore}>
            {t('posts.loadMore')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('posts.end')}
        </Text>
      )}
    </Stack>
  );
}

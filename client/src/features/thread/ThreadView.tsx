import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { quoteMarkdown } from '@strom/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { NotFoundState } from '../../ui/NotFoundState';
import { FirstPageSkeleton } from '../../ui/FirstPageSkeleton';
import { useDateFormatWarmUp } from '../../ui/intlWarmUp';
import type { ThreadActions } from './PostActions';
import { ThreadChanges } from './ThreadChanges';
import { PostList } from './PostList';
import { ReplyBox, type ReplyTarget } from './ReplyBox';
import { ThreadHeader } from './ThreadHeader';
import { useThreadPosts } from './useThreadPosts';

const MarkSolvedMutation = graphql(`
  mutation MarkSolved($threadId: ID!, $postId: ID) {
    markSolved(threadId: $threadId, postId: $postId) {
      id
      solvedPostId
    }
  }
`);

/** The thread page: header, posts (live), the jump to the first unread post, and the reply box when the reader may reply. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useTranslation('thread');
  const { thread, posts, error, loadUpTo, loading, liveError, loadMore, loadingMore, readUpTo, retry } = useThreadPosts(threadId);
  useDateFormatWarmUp();
  const [markSolved] = useMutation(MarkSolvedMutation);
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);
  // Re-renders after a jump, so the focusing effect runs even when no page had to be loaded.
  const [, setJumpedAt] = useState(0);
  const [insert, setInsert] = useState<{ markdown: string; nonce: number } | null>(null);
  const focusPost = useRef<string | null>(null);

  // Moves focus to the post asked for once it is rendered (the pages before it may have just arrived).
  useEffect(() => {
    const element = focusPost.current && document.getElementById(`post-${focusPost.current}`);
    if (!element) return;
    focusPost.current = null;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  });

  const jumpToUnread = async (position: number) => {
    focusPost.current = await loadUpTo(position);
    setJumpedAt((count) => count + 1);
  };

  const actions = useMemo<ThreadActions>(
    () => ({
      canReply: thread?.viewerCan.reply ?? false,
      canMarkSolved: thread?.viewerCan.markSolved ?? false,
      onReply: (post) => setReplyTo({ id: post.id, position: post.position, authorName: post.authorName }),
      onQuote: (post) =>
        setInsert((previous) => ({
          markdown: quoteMarkdown(post.id, t('quoteLabel', { name: post.authorName }), post.text),
          nonce: (previous?.nonce ?? 0) + 1,
        })),
      onMarkSolved: async (postId) => {
        await markSolved({ variables: { threadId, postId } });
      },
    }),
    [thread?.viewerCan.reply, thread?.viewerCan.markSolved, markSolved, threadId, t],
  );

  if (loading) return <FirstPageSkeleton />;
  if (error && !thread) return <ErrorState onRetry={retry} />;
  if (!thread || !posts) return <NotFoundState title={t('notFoundTitle')} message={t('notFound')} />;
  const unread = thread.unreadCount ?? 0;

  return (
    <Stack gap="lg">
      <ThreadHeader thread={thread} />
      <ThreadChanges threadId={threadId} changesCursor={thread.changesCursor} />
      {unread > 0 && thread.lastReadPosition !== null && (
        <Group>
          <Button variant="light" onClick={() => void jumpToUnread((thread.lastReadPosition ?? 0) + 1)}>
            {t('jumpToUnread', { count: unread })}
          </Button>
        </Group>
      )}
      {liveError && <FormAlert kind="error">{t('liveError')}</FormAlert>}
      {posts.edges.length === 0 ? (
        <EmptyState message={t('posts.empty')} />
      ) : (
        <PostList
          edges={posts.edges}
          hasMore={posts.pageInfo.hasNextPage}
          loadingMore={loadingMore}
          onLoadMore={() => void loadMore()}
          solvedPostId={thread.solvedPostId ?? null}
          actions={actions}
          onReachedEnd={readUpTo}
        />
      )}
      {thread.viewerCan.reply ? (
        <ReplyBox
          threadId={threadId}
          draft={thread.draft?.source ?? ''}
          replyTo={replyTo}
          onClearReplyTo={() => setReplyTo(null)}
          insert={insert}
        />
      ) : (
        <Text c="dimmed">
          {thread.unreadCount === null ? t('signInToReply') : thread.locked || thread.closed ? t('lockedNotice') : t('cannotReply')}
        </Text>
      )}
    </Stack>
  );
}

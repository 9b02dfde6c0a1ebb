import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResumeContext } from '../../ui/useLiveConnection';
import { MarkThreadReadMutation, POSTS_PAGE, ThreadPostAdded, ThreadQuery } from './threadDocuments';

/**
 * A thread and its posts, kept current: pages as the reader asks for them, then every new post from `postAdded`.
 * The subscription starts after the newest post and, after a dropped socket, resumes after the last post it
 * received (app/resumableWsLink), so the server replays exactly what was missed; the cache's merge keeps each
 * post once, in order (postPages.ts). While later pages are not loaded yet, live posts wait for "load more".
 */
export function useThreadPosts(threadId: string) {
  const { data, error, loading, refetch, fetchMore, subscribeToMore } = useQuery(ThreadQuery, {
    variables: { id: threadId, first: POSTS_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkThreadReadMutation);
  const [liveError, setLiveError] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const cursor = useRef<string | null>(null);
  const thread = data?.thread;
  const posts = thread?.posts;
  const loaded = posts !== undefined;
  const shown = useRef(posts);
  useEffect(() => {
    shown.current = posts;
  });

  useEffect(() => {
    if (!loaded) return undefined;
    // After the newest post on screen; when later pages are not loaded yet, after the thread's last post.
    const list = shown.current;
    cursor.current ??= list?.pageInfo.hasNextPage ? String(list.totalCount) : (list?.edges.at(-1)?.cursor ?? '0');
    const context: ResumeContext = { resumeAfter: () => cursor.current };
    return subscribeToMore({
      document: ThreadPostAdded,
      variables: { threadId, after: cursor.current },
      context,
      onError: () => setLiveError(true),
      updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
        const edge = subscriptionData.data.postAdded;
        if (Number(edge.cursor) > Number(cursor.current ?? 0)) cursor.current = edge.cursor;
        if (!complete) return undefined;
        const list = previousData.thread?.posts;
        if (!previousData.thread || !list || list.pageInfo.hasNextPage) return undefined;
        const totalCount = Math.max(list.totalCount, Number(edge.cursor));
        const postCount = Math.max(previousData.thread.postCount, totalCount);
        return {
          ...previousData,
          thread: { ...previousData.thread, postCount, posts: { ...list, totalCount, edges: [...list.edges, edge] } },
        };
      },
    });
  }, [loaded, subscribeToMore, threadId]);

  const loadMore = useCallback(async () => {
    if (!posts?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: posts.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, posts]);

  /** Loads pages until the post at `position` (or the first after it) is in the list; its id, if there is one. */
  const loadUpTo = useCallback(
    async (position: number): Promise<string | null> => {
      let page = posts;
      while (page) {
        const found = page.edges.find((edge) => edge.node.position >= position);
        if (found) return found.node.id;
        if (!page.pageInfo.hasNextPage) return null;
        page = (await fetchMore({ variables: { after: page.pageInfo.endCursor } })).data?.thread?.posts;
      }
      return null;
    },
    [fetchMore, posts],
  );

  // Anonymous readers have no read state (no unread count).
  const member = thread?.unreadCount != null;
  const lastRead = thread?.lastReadPosition ?? 0;
  /** The reader reached `position`: the server keeps the furthest (it never moves back). */
  const readUpTo = useCallback(
    (position: number) => {
      if (!member || position <= lastRead) return;
      void markRead({ variables: { input: { threadId, position } } }).catch(() => {
        // Read state is a convenience: the next visit marks it again.
      });
    },
    [member, lastRead, markRead, threadId],
  );

  return {
    thread,
    posts,
    error,
    loadUpTo,
    loading: loading && !thread,
    liveError,
    loadMore,
    loadingMore,
    readUpTo,
    retry: () => void refetch(),
  };
}

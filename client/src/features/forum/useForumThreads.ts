import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { ResumeContext } from '../../ui/useLiveConnection';
import { ForumPageQuery, ThreadActivitySubscription, VisitForumMutation } from './forumDocuments';
import { placeThread, type ThreadFilters } from './threadFilters';

export const THREAD_PAGE_SIZE = 20;

/**
 * A forum with its threads under the filters, kept live: each `threadActivity` event moves its thread to the top
 * (below the pinned ones) or adds it, once. After a dropped socket the subscription resumes from the last cursor
 * it received, so nothing is missed or refetched. A member's opening of the forum counts as a visit.
 */
export function useForumThreads(slug: string, filters: ThreadFilters) {
  const variables = { slug, first: THREAD_PAGE_SIZE, ...filters };
  const { data, error, refetch, fetchMore, subscribeToMore } = useQuery(ForumPageQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const forum = data?.forum;
  const forumId = forum?.id;
  const member = forum != null && forum.watchLevel != null;

  const [visit] = useMutation(VisitForumMutation);
  useEffect(() => {
    if (forumId && member) void visit({ variables: { forumId } }).catch(() => undefined);
  }, [forumId, member, visit]);

  const cursor = useRef<string | null>(null);
  const { tag, solved, unanswered } = filters;
  useEffect(() => {
    if (!forumId) return undefined;
    const current: ThreadFilters = { tag, solved, unanswered };
    const context: ResumeContext = { resumeAfter: () => cursor.current };
    return subscribeToMore({
      document: ThreadActivitySubscription,
      variables: { forumId, after: cursor.current },
      context,
      // Without a live connection the list stays as loaded; the next visit reads it again.
      onError: () => undefined,
      updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
        const edge = subscriptionData.data.threadActivity;
        cursor.current = edge.cursor;
        if (!complete || !previousData.forum) return undefined;
        const list = previousData.forum.threads;
        const old = list.edges.find((e) => e.node.id === edge.node.id);
        const added = { ...edge, node: { ...edge.node, unreadCount: old?.node.unreadCount ?? null } };
        const edges = placeThread(list.edges, added, current);
        const totalCount = list.totalCount + (edges.length - list.edges.length);
        return { ...previousData, forum: { ...previousData.forum, threads: { ...list, edges, totalCount } } };
      },
    });
  }, [forumId, tag, solved, unanswered, subscribeToMore]);

  return {
    forum,
    loaded: data !== undefined,
    error,
    retry: () => void refetch(),
    loadMore: () => fetchMore({ variables: { after: forum?.threads.pageInfo.endCursor } }),
  };
}

import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

/** An edge of a live list: the server gives live entries the same cursors as the list query's edges. */
export interface LiveEdge {
  cursor: string;
  node: { id: string };
}

/** What a live operation carries in its context so that a resubscription resumes from the last cursor (app/apollo). */
export interface ResumeContext {
  /** A cursor (string) or a per-stream sequence number (a meeting's `meetingEvent`). */
  resumeAfter?: () => string | number | null;
}

interface LiveConnectionOptions<K extends string, TData, TVariables, TEvent extends Record<K, LiveEdge>> {
  /** The list's query; its root field `field` is a Relay connection. */
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  /** The list's subscription: its root field `field` is one new edge; it takes `after` (the last cursor received). */
  subscription: TypedDocumentNode<TEvent, { after?: string | null }>;
  field: K;
  /** Where new entries go: on top of a feed (newest first), or at the end of a thread (oldest first). */
  order: 'newest-first' | 'oldest-first';
  /** The list keeps at most this many edges (a page left open for days stays small). */
  max?: number;
  /** Called once for each event, after it is merged (e.g. to refresh counts). */
  onEvent?: (edge: TEvent[K]) => void;
}

type Connection = { edges: readonly LiveEdge[] };
type EdgeOf<TData extends Record<K, Connection>, K extends string> = TData[K]['edges'][number];

/**
 * A Relay connection kept current: the first page from the query, then every new edge from the subscription,
 * merged into the cached list (each node once). The subscription starts from the newest cursor on screen, and
 * after a dropped socket resumes from the last cursor it received, so the server sends exactly what was
 * missed, once, then live events again: nothing is refetched. If the socket fails, the list stays a snapshot.
 */
export function useLiveConnection<
  K extends string,
  TData extends Record<K, Connection>,
  TVariables extends OperationVariables,
  TEvent extends Record<K, LiveEdge>,
>(options: LiveConnectionOptions<K, TData, TVariables, TEvent>) {
  const { query, variables, subscription, field, order, max = Number.POSITIVE_INFINITY } = options;
  const { data, error, refetch, subscribeToMore } = useQuery(query, {
    variables,
    // Entries that came while the list was not on screen were not delivered: re-read on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const [liveError, setLiveError] = useState(false);
  const cursor = useRef<string | null>(null);
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });
  const edges = data?.[field].edges as readonly EdgeOf<TData, K>[] | undefined;
  const shown = useRef(edges);
  useEffect(() => {
    shown.current = edges;
  });
  const loaded = edges !== undefined;

  useEffect(() => {
    if (!loaded) return undefined;
    // The newest cursor on screen at the first start; after that, events move it forward (and a restart keeps it).
    cursor.current ??= newestCursor(shown.current ?? [], order);
    const context: ResumeContext = { resumeAfter: () => cursor.current };
    return subscribeToMore<TEvent, { after?: string | null }>({
      document: subscription,
      variables: { after: cursor.current },
      context,
      onError: () => setLiveError(true),
      updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
        const edge = subscriptionData.data[field];
        cursor.current = edge.cursor;
        onEvent.current?.(edge);
        if (!complete) return undefined;
        const list = previousData[field];
        return { ...previousData, [field]: { ...list, edges: mergeEdge<LiveEdge>(list.edges, edge, order, max) } };
      },
    });
  }, [loaded, subscribeToMore, subscription, field, order, max]);

  return {
    edges,
    error,
    liveError,
    retry: () => void refetch(),
  };
}

function newestCursor(edges: readonly LiveEdge[], order: 'newest-first' | 'oldest-first'): string | null {
  return (order === 'newest-first' ? edges[0] : edges.at(-1))?.cursor ?? null;
}

/** Each node once (a replayed entry may already be on screen), at its place, within the size limit. */
export function mergeEdge<E extends LiveEdge>(edges: readonly E[], edge: E, order: 'newest-first' | 'oldest-first', max: number): E[] {
  if (edges.some((existing) => existing.node.id === edge.node.id)) return [...edges];
  return order === 'newest-first' ? [edge, ...edges].slice(0, max) : [...edges, edge].slice(-max);
}

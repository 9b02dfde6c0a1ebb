import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';

/** A Relay connection as the server pages every list (DESIGN §6): `edges`, `pageInfo`, `totalCount`. */
export interface Connection<TNode> {
  totalCount: number;
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionQuery<TNode> {
  /** Undefined while the first page loads, or when it failed. */
  connection: Connection<TNode> | undefined;
  error: unknown;
  retry: () => void;
  /** Appends the next page; the cache's relayStylePagination merges it (app/cache.ts). */
  loadMore: () => Promise<unknown>;
}

/**
 * The first page of a connection query and the next ones on demand. The query pages with
 * `$first`/`$after`; `select` picks the connection out of its answer.
 */
export function useConnectionQuery<TData, TVariables extends OperationVariables & { after?: string | null }, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  options: useQuery.Options<NoInfer<TData>, NoInfer<TVariables>>,
  select: (data: TData) => Connection<TNode>,
): ConnectionQuery<TNode> {
  const { data, error, refetch, fetchMore } = useQuery(query, options);
  // An answer reaches React through useSyncExternalStore, whose updates render in one blocking task: a page of
  // rows was a 200–450 ms task on a phone (S8, TBT). The rows render from a deferred copy instead, in a background
  // render that yields to the browser every few milliseconds; until it is done the list shows what it showed.
  const shown = useDeferredValue(data);
  // Every connection query takes `$after` (the constraint on TVariables); TypeScript cannot see
  // that through Partial<TVariables> of a generic.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  const next = { after: data ? select(data).pageInfo.endCursor : undefined } as Partial<TVariables>;
  return {
    connection: shown ? select(shown) : undefined,
    error,
    retry: () => void refetch(),
    loadMore: () => fetchMore({ variables: next }),
  };
}

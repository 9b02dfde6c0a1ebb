import type { FieldFunctionOptions, FieldPolicy, Reference } from '@apollo/client';

interface PostEdgeRef {
  cursor: string;
  node: Reference;
}
interface PostPage {
  edges: readonly PostEdgeRef[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const lastPosition = (page: PostPage) => Number(page.edges.at(-1)?.cursor ?? 0);

/**
 * A thread's posts as one list, whatever the pages, the live events and the replayed events after a reconnect
 * brought: each post once (by id), in thread order (a cursor is the post's position). The page that reaches
 * furthest says whether more follow.
 */
export function mergePostPages(existing: PostPage | undefined, incoming: PostPage, { readField }: FieldFunctionOptions): PostPage {
  if (!existing) return incoming;
  const byId = new Map<string, PostEdgeRef>();
  for (const edge of [...existing.edges, ...incoming.edges]) byId.set(String(readField('id', edge.node)), edge);
  const edges = [...byId.values()].sort((a, b) => Number(a.cursor) - Number(b.cursor));
  const furthest = lastPosition(incoming) >= lastPosition(existing) ? incoming : existing;
  return { ...incoming, edges, pageInfo: furthest.pageInfo, totalCount: Math.max(existing.totalCount, incoming.totalCount) };
}

/** `ThreadPage.posts`: one list per thread (`first`/`after` only page through it). */
export const threadPostsPolicy: FieldPolicy<PostPage, PostPage, PostPage> = { keyArgs: false, merge: mergePostPages };

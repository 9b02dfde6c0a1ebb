import type { ApolloCache, Reference } from '@apollo/client';
import { isReference } from '@apollo/client/utilities';

/**
 * The author's own new post, at the end of the thread on screen at once (the live event may come later, or not
 * at all while the socket is down). Once only: the live event and a replay find it there by id.
 */
export function appendPost(cache: ApolloCache, threadId: string, post: { __typename: 'Post'; id: string; position: number }): void {
  const node = cache.identify(post);
  if (!node) return;
  cache.modify<{
    postCount: number;
    posts: { edges: { cursor: string; node: Reference }[]; pageInfo: { hasNextPage: boolean }; totalCount: number };
  }>({
    id: cache.identify({ __typename: 'ThreadPage', id: threadId }),
    fields: {
      postCount: (count) => Math.max(count, post.position),
      posts(existing, { toReference, readField }) {
        if (!existing || isReference(existing) || existing.pageInfo.hasNextPage) return existing;
        if (existing.edges.some((edge) => readField('id', edge.node) === post.id)) return existing;
        const edge = { __typename: 'PostEdge', cursor: String(post.position), node: toReference(node)! };
        return { ...existing, totalCount: Math.max(existing.totalCount, post.position), edges: [...existing.edges, edge] };
      },
    },
  });
}

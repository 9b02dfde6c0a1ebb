import { InMemoryCache, gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/cache';

const QUERY = gql`
  query Posts($id: ID!, $after: String) {
    thread(id: $id) {
      id
      posts(first: 2, after: $after) {
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`;

const page = (positions: number[], hasNextPage: boolean, totalCount = 4) => ({
  thread: {
    __typename: 'ThreadPage',
    id: 't1',
    posts: {
      __typename: 'PostConnection',
      edges: positions.map((n) => ({ __typename: 'PostEdge', cursor: String(n), node: { __typename: 'Post', id: `p${n}` } })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: String(positions.at(-1)) },
      totalCount,
    },
  },
});

function write(cache: InMemoryCache, data: ReturnType<typeof page>, after: string | null = null) {
  cache.writeQuery({ query: QUERY, variables: { id: 't1', after }, data });
}

const read = (cache: InMemoryCache) => {
  const data = cache.readQuery<ReturnType<typeof page>>({ query: QUERY, variables: { id: 't1' } })!;
  return { ids: data.thread.posts.edges.map((e) => e.node.id), more: data.thread.posts.pageInfo.hasNextPage };
};

describe('ThreadPage.posts merge', () => {
  it('joins pages, live posts and replays into one list: each post once, in thread order', () => {
    const cache = createCache();
    write(cache, page([1, 2], true));
    write(cache, page([3, 4], false), '2');
    expect(read(cache)).toEqual({ ids: ['p1', 'p2', 'p3', 'p4'], more: false });
    // A replay after a reconnect overlaps what is there and arrives out of order.
    write(cache, page([5, 4, 3], false, 5), '2');
    expect(read(cache)).toEqual({ ids: ['p1', 'p2', 'p3', 'p4', 'p5'], more: false });
  });

  it('keeps the later pages when the first page is read again', () => {
    const cache = createCache();
    write(cache, page([1, 2], true));
    write(cache, page([3, 4], false), '2');
    write(cache, page([1, 2], true));
    expect(read(cache)).toEqual({ ids: ['p1', 'p2', 'p3', 'p4'], more: false });
  });
});

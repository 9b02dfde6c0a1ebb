import { graphql } from '../../gql';

/** Posts per page: most threads fit on one, and "load more" is rare. */
export const POSTS_PAGE = 50;

export const ThreadQuery = graphql(`
  query Thread($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      ...ThreadHeader_thread
      changesCursor
      lastReadPosition
      firstUnreadCursor
      unreadCount
      postCount
      locked
      closed
      solvedPostId
      draft {
        source
        updatedAt
      }
      viewerCan {
        reply
        markSolved
        moderate
      }
      posts(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            position
            ...PostCard_post
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
`);

export const ThreadPostAdded = graphql(`
  subscription ThreadPostAdded($threadId: ID!, $after: String) {
    postAdded(threadId: $threadId, after: $after) {
      cursor
      node {
        id
        position
        ...PostCard_post
      }
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($input: MarkReadInput!) {
    markRead(input: $input) {
      id
      lastReadPosition
      unreadCount
      firstUnreadCursor
    }
  }
`);

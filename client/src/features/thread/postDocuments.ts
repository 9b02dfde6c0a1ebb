import { graphql } from '../../gql';

export const ReactMutation = graphql(`
  mutation React($input: ReactionInput!) {
    react(input: $input) {
      id
      reactions {
        kind
        count
        mine
      }
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($input: ReactionInput!) {
    unreact(input: $input) {
      id
      reactions {
        kind
        count
        mine
      }
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      id
      ...PostCard_post
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      id
      ...PostCard_post
    }
  }
`);

export const FlagPostMutation = graphql(`
  mutation FlagPost($postId: ID!, $reason: String!) {
    flagPost(postId: $postId, reason: $reason) {
      id
      viewerCan {
        flag
      }
    }
  }
`);

export const PostHistoryQuery = graphql(`
  query PostHistory($threadId: ID!, $after: String) {
    thread(id: $threadId) {
      id
      posts(first: 1, after: $after) {
        edges {
          node {
            id
            history {
              version
              createdAt
              source
            }
          }
        }
      }
    }
  }
`);

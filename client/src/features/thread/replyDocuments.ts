import { graphql } from '../../gql';

export const AddPostMutation = graphql(`
  mutation AddPost($input: AddPostInput!) {
    addPost(input: $input) {
      id
      position
      ...PostCard_post
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) {
      id
      draft {
        source
        updatedAt
      }
    }
  }
`);

export const DiscardDraftMutation = graphql(`
  mutation DiscardDraft($threadId: ID!) {
    discardDraft(threadId: $threadId) {
      id
      draft {
        source
        updatedAt
      }
    }
  }
`);

export const PreviewPostQuery = graphql(`
  query PreviewPost($threadId: ID!, $source: String!) {
    previewPost(threadId: $threadId, source: $source)
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($threadId: ID!, $query: String!) {
    mentionCandidates(threadId: $threadId, query: $query) {
      expertId
      name
      organisationName
    }
  }
`);

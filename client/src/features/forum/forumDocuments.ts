import { graphql } from '../../gql';

export const ForumSummaryFragment = graphql(`
  fragment ForumSummary_forum on Forum {
    id
    slug
    title
    description
    level
    countryCode
    municipalityName
    visibility
    threadCount
    unreadCount
    newThreadCount
    lastPostAt
  }
`);

export const ForumsQuery = graphql(`
  query Forums {
    forums {
      id
      ...ForumSummary_forum
    }
  }
`);

export const ForumPageQuery = graphql(`
  query ForumPage($slug: String!, $first: Int!, $after: String, $tag: String, $solved: Boolean, $unanswered: Boolean) {
    forum(slug: $slug) {
      id
      slug
      title
      description
      visibility
      watchLevel
      viewerCan {
        manage
        moderate
        startThread
      }
      threads(first: $first, after: $after, tag: $tag, solved: $solved, unanswered: $unanswered) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            title
            tags
            pinned
            locked
            closed
            solvedPostId
            postCount
            lastPostAt
            author {
              name
              former
            }
            unreadCount
          }
        }
      }
    }
  }
`);

export const ThreadActivitySubscription = graphql(`
  subscription ThreadActivity($forumId: ID!, $after: String) {
    # Everything a row shows but the reader's unread count, which live payloads do not carry (null): the cached
    # count is kept instead of being overwritten.
    threadActivity(forumId: $forumId, after: $after) {
      cursor
      node {
        id
        title
        tags
        pinned
        locked
        closed
        solvedPostId
        postCount
        lastPostAt
        author {
          name
          former
        }
      }
    }
  }
`);

export const VisitForumMutation = graphql(`
  mutation VisitForum($forumId: ID!) {
    visitForum(forumId: $forumId) {
      id
      newThreadCount
    }
  }
`);

export const SetForumWatchLevelMutation = graphql(`
  mutation SetForumWatchLevel($forumId: ID!, $level: WatchLevel!) {
    setWatchLevel(input: { forumId: $forumId, level: $level }) {
      forum {
        id
        watchLevel
      }
    }
  }
`);

export const NewThreadForumQuery = graphql(`
  query NewThreadForum($slug: String!) {
    forum(slug: $slug) {
      id
      slug
      title
      viewerCan {
        startThread
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue {
    moderationQueue {
      postId
      threadId
      threadTitle
      forumSlug
      text
      hidden
      flagCount
      reasons
      lastFlaggedAt
      author {
        name
      }
      confirmedFindings {
        field
        kind
        start
        end
      }
    }
  }
`);

export const ModeratePostMutation = graphql(`
  mutation QueueModeratePost($postId: ID!, $action: PostModeration!, $reason: String) {
    moderatePost(postId: $postId, action: $action, input: { reason: $reason }) {
      id
      hidden
    }
  }
`);

export const ModerateThreadMutation = graphql(`
  mutation QueueModerateThread($threadId: ID!, $action: ThreadModeration!, $reason: String) {
    moderateThread(threadId: $threadId, action: $action, input: { reason: $reason }) {
      id
      locked
      pinned
      closed
    }
  }
`);

export const DismissFlagsMutation = graphql(`
  mutation DismissFlags($postId: ID!, $reason: String!) {
    dismissFlags(postId: $postId, input: { reason: $reason }) {
      id
    }
  }
`);

export const CreateForumMutation = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      id
      slug
    }
  }
`);

export const EditForumQuery = graphql(`
  query EditForum($slug: String!) {
    forum(slug: $slug) {
      id
      slug
      title
      description
      visibility
      version
      viewerCan {
        manage
        manageMembers
      }
      ...ForumPeople
    }
  }
`);

export const ForumPeopleFragment = graphql(`
  fragment ForumPeople on Forum {
    id
    moderators {
      userId
      name
      organisationName
    }
    members {
      userId
      name
      organisationName
    }
  }
`);

export const ForumCandidatesQuery = graphql(`
  query ForumCandidates($slug: String!, $text: String!, $role: ForumRole!) {
    forum(slug: $slug) {
      id
      candidatePeople(text: $text, role: $role) {
        userId
        name
        organisationName
      }
    }
  }
`);

export const SetForumModeratorsMutation = graphql(`
  mutation SetForumModerators($input: ForumPeopleInput!) {
    setForumModerators(input: $input) {
      ...ForumPeople
    }
  }
`);

export const AddForumMembersMutation = graphql(`
  mutation AddForumMembers($input: ForumPeopleInput!) {
    addForumMembers(input: $input) {
      ...ForumPeople
    }
  }
`);

export const RemoveForumMembersMutation = graphql(`
  mutation RemoveForumMembers($input: ForumPeopleInput!) {
    removeForumMembers(input: $input) {
      ...ForumPeople
    }
  }
`);

export const UpdateForumMutation = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      id
      title
      description
      visibility
      version
    }
  }
`);

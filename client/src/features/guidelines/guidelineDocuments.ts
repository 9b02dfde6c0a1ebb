import { graphql } from '../../gql';

/** What a status change alters: the query reads it, the mutation answers it, and the cache keeps the two in step. */
export const GuidelineTrackerFragment = graphql(`
  fragment GuidelineTracker_progress on GuidelineProgress {
    counts {
      total
      inPlace
      notApplicable
      percent
      level
    }
    lastReviewedAt
    items {
      id
      status
      version
      reason
      evidenceText
      evidenceLink
      evidenceStepId
      evidenceResource {
        id
        title
      }
      reviewedAt
      dueForReview
      responsibleOrganisation {
        id
        name
      }
      actionPoint {
        key
        theme
        label
      }
    }
    recentChanges(first: 20) {
      id
      actionPointKey
      previousStatus
      status
      authorName
      changedAt
    }
  }
`);

export const GuidelineProgressQuery = graphql(`
  query GuidelineProgress($municipalityId: ID!) {
    guidelineProgress(municipalityId: $municipalityId) {
      id
      municipality {
        id
        name
        country {
          code
          name
        }
      }
      viewerCan {
        edit
      }
      ...GuidelineTracker_progress
    }
  }
`);

export const GuidelineHistoryQuery = graphql(`
  query GuidelineHistory($municipalityId: ID!, $actionPointKey: String!) {
    guidelineProgress(municipalityId: $municipalityId) {
      id
      history(actionPointKey: $actionPointKey) {
        id
        version
        status
        reason
        evidenceText
        evidenceLink
        authorName
        changedAt
      }
    }
  }
`);

export const SetGuidelineStatusMutation = graphql(`
  mutation SetGuidelineStatus($input: SetGuidelineStatusInput!) {
    setGuidelineStatus(input: $input) {
      id
      ...GuidelineTracker_progress
    }
  }
`);

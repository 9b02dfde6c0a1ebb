import { graphql } from '../../gql';

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
      counts {
        total
        inPlace
        notApplicable
        percent
        level
      }
      lastReviewedAt
      viewerCan {
        edit
      }
      items {
        id
        status
        version
        reason
        evidenceText
        evidenceLink
        evidenceStepId
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
  }
`);

import { graphql } from '../../gql';

export const AdminActionPointFields = graphql(`
  fragment AdminActionPointFields on GuidelineActionPoint {
    key
    chapter
    theme
    position
    label
    translations {
      language
      label
    }
    confirmedInCbssMaterial
    version
    retiredAt
  }
`);

export const AdminActionPointsQuery = graphql(`
  query AdminActionPoints {
    guidelineActionPoints(includeRetired: true) {
      ...AdminActionPointFields
    }
  }
`);

export const UpdateActionPointMutation = graphql(`
  mutation UpdateActionPoint($input: UpdateGuidelineActionPointInput!) {
    updateGuidelineActionPoint(input: $input) {
      ...AdminActionPointFields
    }
  }
`);

export const CreateActionPointMutation = graphql(`
  mutation CreateActionPoint($input: CreateGuidelineActionPointInput!) {
    createGuidelineActionPoint(input: $input) {
      ...AdminActionPointFields
    }
  }
`);

export const RetireActionPointMutation = graphql(`
  mutation RetireActionPoint($input: RetireGuidelineActionPointInput!) {
    retireGuidelineActionPoint(input: $input) {
      ...AdminActionPointFields
    }
  }
`);

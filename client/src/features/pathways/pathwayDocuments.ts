import { graphql } from '../../gql';

export const PathwayStepFragment = graphql(`
  fragment PathwayStepCard_step on PathwayStep {
    id
    position
    stage
    chainRole
    action
    handOver
    formsOfExploitation
    targetGroups
    refersToNational
    crossBorder
    organisation {
      id
      name
      phone
      email
    }
    contact {
      expertId
      fullName
      phone
      email
    }
    resources {
      id
      title
    }
  }
`);

export const PathwayGapFragment = graphql(`
  fragment PathwayGapList_gap on PathwayGap {
    kind
    stage
    targetGroup
    stepId
    organisationName
  }
`);

export const PathwayVersionFragment = graphql(`
  fragment PathwayVersionView_version on PathwayVersion {
    id
    number
    createdAt
    publishedAt
    steps {
      id
      stage
      ...PathwayStepCard_step
    }
    gaps {
      ...PathwayGapList_gap
    }
  }
`);

export const MunicipalityPathwayQuery = graphql(`
  query MunicipalityPathway($municipalityId: ID, $countryCode: String) {
    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {
      id
      level
      countryCode
      isPublic
      latestVersion
      viewerCan {
        edit
        publish
        readDraft
        setPublic
        nameEditors
      }
      published {
        id
        number
        ...PathwayVersionView_version
      }
      draft {
        id
        number
        ...PathwayVersionView_version
      }
    }
  }
`);

export const PathwayHistoryQuery = graphql(`
  query PathwayHistory($municipalityId: ID, $countryCode: String) {
    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {
      id
      versions {
        id
        number
        reason
        authorName
        createdAt
        publishedAt
      }
    }
  }
`);

export const PathwayDiffQuery = graphql(`
  query PathwayDiff($municipalityId: ID, $countryCode: String, $from: Int!, $to: Int!) {
    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {
      id
      diff(from: $from, to: $to) {
        stepId
        change
        position
        stage
        fields {
          field
          before
          after
        }
      }
    }
  }
`);

export const PathwayEditorQuery = graphql(`
  query PathwayEditor($municipalityId: ID, $countryCode: String) {
    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {
      id
      latestVersion
      viewerCan {
        edit
        publish
      }
      published {
        id
        number
      }
      draft {
        id
        number
        steps {
          id
          position
          stage
          chainRole
          action
          handOver
          formsOfExploitation
          targetGroups
          refersToNational
          organisation {
            id
          }
          contact {
            expertId
          }
          resources {
            id
            title
          }
        }
      }
    }
  }
`);

export const SavePathwayDraftMutation = graphql(`
  mutation SavePathwayDraft($input: SavePathwayDraftInput!) {
    savePathwayDraft(input: $input) {
      id
      latestVersion
      draft {
        id
        number
      }
    }
  }
`);

export const PublishPathwayMutation = graphql(`
  mutation PublishPathway($input: PublishPathwayInput!) {
    publishPathway(input: $input) {
      id
      latestVersion
      published {
        id
        number
      }
    }
  }
`);

export const SetPathwayPublicMutation = graphql(`
  mutation SetPathwayPublic($input: SetPathwayPublicInput!) {
    setPathwayPublic(input: $input) {
      id
      isPublic
    }
  }
`);

export const PathwayOrganisationsQuery = graphql(`
  query PathwayOrganisations($countryCode: String!) {
    organisations(first: 100, filter: { countryCode: $countryCode }) {
      edges {
        node {
          id
          name
          phone
          email
        }
      }
    }
  }
`);

export const PathwayListQuery = graphql(`
  query PathwayList {
    referralPathways(first: 100) {
      edges {
        node {
          id
          level
          countryCode
          municipality {
            id
            name
          }
        }
      }
    }
  }
`);

export const PathwayChangedSubscription = graphql(`
  subscription PathwayChanged($pathwayId: ID!, $latestVersion: Int, $publishedVersion: Int) {
    pathwayChanged(pathwayId: $pathwayId, latestVersion: $latestVersion, publishedVersion: $publishedVersion) {
      kind
      number
      actorName
      byYou
      at
    }
  }
`);

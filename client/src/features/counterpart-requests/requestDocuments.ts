import { graphql } from '../../gql';

export const RequestPageFragment = graphql(`
  fragment RequestPage_request on CounterpartRequest {
    id
    status
    outcome
    urgency
    formOfExploitation
    targetGroup
    service
    role
    message
    fromCountryName
    fromMunicipalityName
    toCountryName
    toMunicipalityId
    toMunicipalityName
    toCountryCode
    createdAt
    closedAt
    awaitingViewer
    requester {
      name
      organisationName
      isViewer
    }
    recipients {
      name
      organisationName
      expertId
      isViewer
      state
      reason
      answeredAt
      forwardedByName
    }
    messages {
      id
      authorName
      mine
      body
      createdAt
    }
    viewerCan {
      answer
      forward
      post
      close
    }
  }
`);

export const CounterpartRequestsQuery = graphql(`
  query CounterpartRequests($box: CounterpartRequestBox!, $openOnly: Boolean!, $first: Int!, $after: String) {
    counterpartRequests(box: $box, openOnly: $openOnly, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          urgency
          service
          fromCountryName
          fromMunicipalityName
          toCountryName
          toMunicipalityName
          createdAt
          awaitingViewer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CounterpartRequestQuery = graphql(`
  query CounterpartRequest($id: ID!) {
    counterpartRequest(id: $id) {
      ...RequestPage_request
    }
  }
`);

export const OpenCounterpartRequestMutation = graphql(`
  mutation OpenCounterpartRequest($input: OpenCounterpartRequestInput!) {
    openCounterpartRequest(input: $input) {
      ...RequestPage_request
    }
  }
`);

export const AnswerCounterpartRequestMutation = graphql(`
  mutation AnswerCounterpartRequest($input: AnswerCounterpartRequestInput!) {
    answerCounterpartRequest(input: $input) {
      ...RequestPage_request
    }
  }
`);

export const PostCounterpartMessageMutation = graphql(`
  mutation PostCounterpartMessage($input: PostCounterpartMessageInput!) {
    postCounterpartMessage(input: $input) {
      ...RequestPage_request
    }
  }
`);

export const CloseCounterpartRequestMutation = graphql(`
  mutation CloseCounterpartRequest($input: CloseCounterpartRequestInput!) {
    closeCounterpartRequest(input: $input) {
      ...RequestPage_request
    }
  }
`);

export const ForwardCandidatesQuery = graphql(`
  query ForwardCandidates($role: Role!, $municipalityId: ID, $countryCode: String) {
    counterparts(role: $role, municipalityId: $municipalityId, countryCode: $countryCode, first: 20) {
      expert {
        id
        fullName
        organisation {
          name
        }
      }
    }
  }
`);

export const ForwardCounterpartRequestMutation = graphql(`
  mutation ForwardCounterpartRequest($input: ForwardCounterpartRequestInput!) {
    forwardCounterpartRequest(input: $input) {
      ...RequestPage_request
    }
  }
`);

export const CounterpartStatisticsQuery = graphql(`
  query CounterpartStatistics($year: Int) {
    counterpartRequestStatistics(year: $year) {
      requests
      answered
      answeredShare
      medianHoursToFirstAnswer
      years
      pairs {
        fromCountryCode
        toCountryCode
        requests
        answered
        medianHoursToFirstAnswer
      }
    }
  }
`);

export const SeeStatisticsQuery = graphql(`
  query SeeCounterpartStatistics {
    viewer {
      id
      can {
        seeCounterpartStatistics
      }
    }
  }
`);

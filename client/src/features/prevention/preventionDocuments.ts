import { graphql } from '../../gql';

export const PreventionListItemFragment = graphql(`
  fragment PreventionListItem_activity on PreventionActivity {
    id
    title
    targetGroups
    startsOn
    endsOn
    peopleReached
    scope {
      level
      country {
        code
        name
      }
      municipality {
        id
        name
      }
    }
  }
`);

export const PreventionActivityFieldsFragment = graphql(`
  fragment PreventionActivity_activity on PreventionActivity {
    id
    visibility
    title
    description
    targetGroups
    formsOfExploitation
    startsOn
    endsOn
    peopleReached
    reachNote
    results
    lessons
    authorName
    version
    updatedAt
    scope {
      level
      country {
        code
        name
      }
      municipality {
        id
        name
      }
    }
    partners {
      id
      name
    }
    materials {
      title
      url
      resource {
        id
      }
    }
    viewerCan {
      edit
      delete
    }
  }
`);

export const PreventionActivitiesQuery = graphql(`
  query PreventionActivities($first: Int!, $after: String, $filter: PreventionActivityFilter) {
    preventionActivities(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...PreventionListItem_activity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PreventionPlacesQuery = graphql(`
  query PreventionPlaces($filter: PreventionActivityFilter) {
    preventionPlaces(filter: $filter) {
      activityCount
      municipality {
        id
        name
        latitude
        longitude
      }
    }
  }
`);

export const PreventionActivityQuery = graphql(`
  query PreventionActivity($id: ID!) {
    preventionActivity(id: $id) {
      ...PreventionActivity_activity
    }
  }
`);

export const PreventionCountriesQuery = graphql(`
  query PreventionCountries {
    countries {
      code
      name
    }
    municipalities {
      id
      name
      country {
        code
      }
    }
  }
`);

export const PreventionPartnersQuery = graphql(`
  query PreventionPartners($filter: OrganisationFilter!) {
    organisations(first: 100, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const SavePreventionActivityMutation = graphql(`
  mutation SavePreventionActivity($input: SavePreventionActivityInput!) {
    savePreventionActivity(input: $input) {
      ...PreventionActivity_activity
    }
  }
`);

export const DeletePreventionActivityMutation = graphql(`
  mutation DeletePreventionActivity($id: ID!) {
    deletePreventionActivity(id: $id)
  }
`);

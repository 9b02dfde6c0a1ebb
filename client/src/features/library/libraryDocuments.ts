import { graphql } from '../../gql';

export const ResourceCardFragment = graphql(`
  fragment ResourceCard_resource on Resource {
    id
    kind
    title
    summary
    level
    countryCode
    municipality {
      id
      name
    }
    visibility
    languages
    year
    publisher
    recommendations
    file {
      contentType
    }
  }
`);

export const LibraryQuery = graphql(`
  query Library($first: Int!, $after: String, $filter: ResourceFilter) {
    resources(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ResourceCard_resource
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    resourceFacets(filter: $filter) {
      kinds {
        value
        count
      }
      languages {
        value
        count
      }
      levels {
        value
        count
      }
      years {
        value
        count
      }
    }
  }
`);

export const ResourcePageQuery = graphql(`
  query ResourcePage($id: ID!) {
    resource(id: $id) {
      id
      kind
      title
      summary
      level
      countryCode
      municipality {
        id
        name
      }
      visibility
      languages
      tags
      formsOfExploitation
      targetGroups
      year
      publisher
      url
      file {
        fileName
        contentType
        size
        downloadUrl
        textIndexed
      }
      recommendations
      viewerRecommends
      viewerCan {
        recommend
        edit
        delete
      }
      createdAt
      updatedAt
    }
    resourceLinks(resourceId: $id) {
      kind
      id
      title
      path
    }
  }
`);

/** What the edit form starts from: the resource as saved, at its version. */
export const ResourceEditFragment = graphql(`
  fragment ResourceEdit_resource on Resource {
    id
    version
    kind
    title
    summary
    level
    countryCode
    municipality {
      id
    }
    visibility
    languages
    tags
    formsOfExploitation
    targetGroups
    year
    publisher
    url
    file {
      fileName
    }
    viewerCan {
      edit
    }
  }
`);

export const ResourceEditQuery = graphql(`
  query ResourceEdit($id: ID!) {
    resource(id: $id) {
      id
      ...ResourceEdit_resource
    }
  }
`);

export const UpdateResourceMutation = graphql(`
  mutation UpdateResource($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      id
      title
      ...ResourceEdit_resource
    }
  }
`);

export const CreateResourceMutation = graphql(`
  mutation CreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      id
      title
    }
  }
`);

export const RecommendResourceMutation = graphql(`
  mutation RecommendResource($id: ID!, $recommended: Boolean!) {
    recommendResource(id: $id, recommended: $recommended) {
      id
      recommendations
      viewerRecommends
    }
  }
`);

export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($id: ID!) {
    deleteResource(id: $id)
  }
`);

import { graphql } from '../../gql';
import type { ExpertFacetsQuery as ExpertFacetsResult, OrganisationFacetsQuery as OrganisationFacetsResult } from '../../gql/graphql';
import type { FacetCounts } from './facetCounts';

// Counts next to each directory's filters. Visitors' organisation counts cover what they may see.
export const ExpertFacetsQuery = graphql(`
  query ExpertFacets($filter: ExpertFilter) {
    expertFacets(filter: $filter) {
      total
      availableForConsultation
      countries {
        value
        count
      }
      municipalities {
        value
        count
      }
      levels {
        value
        count
      }
      organisationTypes {
        value
        count
      }
      roles {
        value
        count
      }
      formsOfExploitation {
        value
        count
      }
      services {
        value
        count
      }
      languages {
        value
        count
      }
    }
  }
`);

export const OrganisationFacetsQuery = graphql(`
  query OrganisationFacets($filter: OrganisationFilter) {
    organisationFacets(filter: $filter) {
      total
      countries {
        value
        count
      }
      municipalities {
        value
        count
      }
      levels {
        value
        count
      }
      types {
        value
        count
      }
      services {
        value
        count
      }
      targetGroups {
        value
        count
      }
      languages {
        value
        count
      }
    }
  }
`);

export type ExpertFacetCounts = FacetCounts<ExpertFacetsResult['expertFacets']>;
export type OrganisationFacetCounts = FacetCounts<OrganisationFacetsResult['organisationFacets']>;

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { OrganisationFilter } from '../../gql/graphql';
import { countsOf, type Counts } from './facetCounts';

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

export interface OrganisationFacetCounts {
  countries: Counts;
  municipalities: Counts;
  levels: Counts;
  types: Counts;
  services: Counts;
  targetGroups: Counts;
  languages: Counts;
}

/** As useExpertFacets, for the organisation directory (visitors' counts cover what they may see). */
export function useOrganisationFacets(filter: OrganisationFilter) {
  const { data, previousData, refetch } = useQuery(OrganisationFacetsQuery, { variables: { filter } });
  const facets = (data ?? previousData)?.organisationFacets;
  const counts = useMemo((): OrganisationFacetCounts | undefined => {
    if (!facets) return undefined;
    return {
      countries: countsOf(facets.countries),
      municipalities: countsOf(facets.municipalities),
      levels: countsOf(facets.levels),
      types: countsOf(facets.types),
      services: countsOf(facets.services),
      targetGroups: countsOf(facets.targetGroups),
      languages: countsOf(facets.languages),
    };
  }, [facets]);
  return { counts, refetch };
}

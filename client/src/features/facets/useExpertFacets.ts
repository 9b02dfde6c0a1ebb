import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { ExpertFilter } from '../../gql/graphql';
import { countsOf, type Counts } from './facetCounts';

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

export interface ExpertFacetCounts {
  countries: Counts;
  municipalities: Counts;
  levels: Counts;
  organisationTypes: Counts;
  roles: Counts;
  formsOfExploitation: Counts;
  services: Counts;
  languages: Counts;
  availableForConsultation: number;
}

/**
 * Counts next to the directory's filters, fetched alongside its list. While the counts for a new
 * filter load, the previous ones stay; if they fail, the filters work without them.
 */
export function useExpertFacets(filter: ExpertFilter) {
  const { data, previousData, refetch } = useQuery(ExpertFacetsQuery, { variables: { filter } });
  const facets = (data ?? previousData)?.expertFacets;
  const counts = useMemo((): ExpertFacetCounts | undefined => {
    if (!facets) return undefined;
    return {
      countries: countsOf(facets.countries),
      municipalities: countsOf(facets.municipalities),
      levels: countsOf(facets.levels),
      organisationTypes: countsOf(facets.organisationTypes),
      roles: countsOf(facets.roles),
      formsOfExploitation: countsOf(facets.formsOfExploitation),
      services: countsOf(facets.services),
      languages: countsOf(facets.languages),
      availableForConsultation: facets.availableForConsultation,
    };
  }, [facets]);
  return { counts, refetch };
}

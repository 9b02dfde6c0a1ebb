import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CoverageQuery as CoverageResult } from '../../gql/graphql';

export const CoverageQuery = graphql(`
  query Coverage {
    coverage {
      countries {
        country {
          code
          name
        }
        withContactPoint
        membersOnly
        nobody
        serviceGaps {
          service
          targetGroup
        }
      }
      municipalities {
        municipality {
          id
          name
          latitude
          longitude
          country {
            code
            name
          }
        }
        status
        experts
        organisations
        recentlyConfirmedExperts
        recentlyConfirmedOrganisations
      }
    }
  }
`);

export type CountryCoverageRow = CoverageResult['coverage']['countries'][number];
export type MunicipalityCoverageRow = CoverageResult['coverage']['municipalities'][number];

export function useCoverage() {
  // Coverage changes as members join and take roles: fresh on every visit, the cache shows meanwhile.
  return useQuery(CoverageQuery, { fetchPolicy: 'cache-and-network' });
}

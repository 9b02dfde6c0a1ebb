import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const MunicipalityPlacesQuery = graphql(`
  query MunicipalityPlaces {
    municipalities {
      id
      name
      country {
        code
        name
      }
    }
  }
`);

/** A municipality by id from the (small, cached) list of the region's municipalities; `null` when there is none. */
export function useMunicipality(id: string, { skip = false }: { skip?: boolean } = {}) {
  const { data, error, refetch } = useQuery(MunicipalityPlacesQuery, { skip });
  const municipality = data ? (data.municipalities.find((m) => m.id === id.toLowerCase()) ?? null) : undefined;
  return { municipality, municipalities: data?.municipalities, error, refetch };
}

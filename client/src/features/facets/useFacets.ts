import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useMemo } from 'react';
import { facetCountsOf, type FacetCounts } from './facetCounts';

/**
 * Counts next to a directory's filters, fetched alongside its list (queries in facetQueries.ts).
 * While the counts for a new filter load, the previous ones stay; if they fail, the filters work
 * without them.
 */
export function useFacets<TData, TFilter, TFacets extends object>(
  query: TypedDocumentNode<TData, { filter?: TFilter | null }>,
  filter: TFilter,
  select: (data: TData) => TFacets,
) {
  const { data, previousData, refetch } = useQuery(query, { variables: { filter } });
  const latest = data ?? previousData;
  const facets = latest ? select(latest) : undefined;
  const counts = useMemo((): FacetCounts<TFacets> | undefined => (facets ? facetCountsOf(facets) : undefined), [facets]);
  // New counts re-render every filter of the page: in a background render that yields to the browser, not in the
  // blocking one an answer arrives in (S8, TBT). The filters are memoised, so that blocking render skips them.
  return { counts: useDeferredValue(counts), refetch };
}

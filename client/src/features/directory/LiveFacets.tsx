import type { TypedDocumentNode } from '@apollo/client';
import type { ReactNode } from 'react';
import type { FacetCounts } from '../facets/facetCounts';
import { useFacets } from '../facets/useFacets';
import { useLiveDirectory } from './useLiveDirectory';

interface LiveFacetsProps<TData, TFilter, TFacets extends object> {
  query: TypedDocumentNode<TData, { filter?: TFilter | null }>;
  filter: TFilter;
  select: (data: TData) => TFacets;
  /** The directory's filters, given their counts: memoise them, as this re-renders for every answer. */
  children: (counts: FacetCounts<TFacets> | undefined) => ReactNode;
}

/**
 * A directory's counts, which its live events keep current, for its filters. Their queries are asked for here, not
 * by the page: an answer re-renders only what shows it, and the page's first render is shorter steps (React yields
 * between components, never inside one; S8 TBT).
 */
export function LiveFacets<TData, TFilter, TFacets extends object>({
  query,
  filter,
  select,
  children,
}: LiveFacetsProps<TData, TFilter, TFacets>) {
  const facets = useFacets(query, filter, select);
  useLiveDirectory(facets.refetch);
  return children(facets.counts);
}

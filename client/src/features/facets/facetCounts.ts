/** Counts by facet value (enum key, ISO code or municipality id); a value left out counts 0. */
export type Counts = ReadonlyMap<string, number>;

interface FacetCount {
  value: string;
  count: number;
}

/** A facets answer with each list of counts turned into a lookup; totals stay numbers. */
export type FacetCounts<T> = {
  [K in keyof T as K extends '__typename' ? never : K]: T[K] extends readonly FacetCount[] ? Counts : T[K];
};

/** The facets that are lists of counts (not totals), e.g. to pair with a filter select. */
export type FacetName<T> = { [K in keyof T]: T[K] extends Counts ? K : never }[keyof T];

export function countsOf(facets: readonly FacetCount[]): Counts {
  return new Map(facets.map((facet) => [facet.value, facet.count]));
}

function isFacetList(value: unknown): value is readonly FacetCount[] {
  return Array.isArray(value);
}

export function facetCountsOf<T extends object>(facets: T): FacetCounts<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facets)) {
    if (key !== '__typename') result[key] = isFacetList(value) ? countsOf(value) : value;
  }
  // The loop above is FacetCounts<T>'s definition, key by key.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  return result as FacetCounts<T>;
}

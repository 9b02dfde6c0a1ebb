/** Counts by facet value (enum key, ISO code or municipality id); a value left out counts 0. */
export type Counts = ReadonlyMap<string, number>;

export function countsOf(facets: readonly { value: string; count: number }[]): Counts {
  return new Map(facets.map((facet) => [facet.value, facet.count]));
}

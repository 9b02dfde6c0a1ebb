import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';
import type { ExpertFacetsQuery, OrganisationFacetsQuery } from '../gql/graphql';

// Facet answers shaped like the server's (values with count 0 are left out, as the server does).

type Counts = Record<string, number>;
type ExpertFacets = ExpertFacetsQuery['expertFacets'];
type OrganisationFacets = OrganisationFacetsQuery['organisationFacets'];
type FacetList = ExpertFacets['countries'];

/** The values a test sets: counts by value for each list, numbers for the totals. */
type FacetValues<T> = { [K in Exclude<keyof T, '__typename'>]?: T[K] extends FacetList ? Counts : T[K] };

function list(counts: Counts = {}): FacetList {
  return Object.entries(counts).map(([value, count]) => ({ __typename: 'FacetCount', value, count }));
}

export function expertFacets({ total = 1, availableForConsultation = 0, ...facets }: FacetValues<ExpertFacets> = {}): ExpertFacets {
  return {
    __typename: 'ExpertFacets',
    total,
    availableForConsultation,
    countries: list(facets.countries ?? { LV: 1, EE: 1 }),
    municipalities: list(facets.municipalities ?? { 'mun-liepaja': 1, 'mun-riga': 1, 'mun-tartu': 1 }),
    levels: list(facets.levels),
    organisationTypes: list(facets.organisationTypes),
    roles: list(facets.roles),
    formsOfExploitation: list(facets.formsOfExploitation),
    services: list(facets.services),
    languages: list(facets.languages),
  };
}

export function organisationFacets({ total = 1, ...facets }: FacetValues<OrganisationFacets> = {}): OrganisationFacets {
  return {
    __typename: 'OrganisationFacets',
    total,
    countries: list(facets.countries),
    municipalities: list(facets.municipalities),
    levels: list(facets.levels),
    types: list(facets.types),
    services: list(facets.services),
    targetGroups: list(facets.targetGroups),
    languages: list(facets.languages),
  };
}

/** A subscription that stays open but silent: no event arrives during the test. */
export function silentSubscription(query: DocumentNode): MockLink.MockedResponse {
  return {
    // Live subscriptions resume from a cursor: any `after`.
    request: { query, variables: () => true },
    result: { data: { networkActivity: null } },
    delay: Number.POSITIVE_INFINITY,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

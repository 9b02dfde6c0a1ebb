/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExpertDirectoryDocument,
    "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      ...RoleAssignments_role\n    }\n  }\n": typeof types.ExpertProfile_ExpertFragmentDoc,
    "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n": typeof types.ExpertProfileDocument,
    "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    roles {\n      id\n      role\n    }\n  }\n": typeof types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n  }\n": typeof types.RoleAssignments_RoleFragmentDoc,
    "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": typeof types.ActivityEntry_ActivityFragmentDoc,
    "\n  query NetworkStats {\n    networkStats {\n      countries\n      municipalities\n      organisations\n      experts\n    }\n  }\n": typeof types.NetworkStatsDocument,
    "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n": typeof types.ActivityFeedDocument,
    "\n  subscription ActivityFeedUpdates {\n    networkActivity {\n      id\n      ...ActivityEntry_activity\n    }\n  }\n": typeof types.ActivityFeedUpdatesDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationDirectoryDocument,
    "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationPeople_OrganisationFragmentDoc,
    "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n": typeof types.OrganisationProfile_OrganisationFragmentDoc,
    "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n": typeof types.OrganisationProfileDocument,
    "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n": typeof types.OrganisationRow_OrganisationFragmentDoc,
    "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n  }\n": typeof types.ServiceCard_ServiceFragmentDoc,
    "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.PlaceFilterCountriesDocument,
    "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": typeof types.PlaceFilterMunicipalitiesDocument,
    "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.ScopeLabel_ScopeFragmentDoc,
};
const documents: Documents = {
    "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExpertDirectoryDocument,
    "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      ...RoleAssignments_role\n    }\n  }\n": types.ExpertProfile_ExpertFragmentDoc,
    "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n": types.ExpertProfileDocument,
    "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    roles {\n      id\n      role\n    }\n  }\n": types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n  }\n": types.RoleAssignments_RoleFragmentDoc,
    "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": types.ActivityEntry_ActivityFragmentDoc,
    "\n  query NetworkStats {\n    networkStats {\n      countries\n      municipalities\n      organisations\n      experts\n    }\n  }\n": types.NetworkStatsDocument,
    "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n": types.ActivityFeedDocument,
    "\n  subscription ActivityFeedUpdates {\n    networkActivity {\n      id\n      ...ActivityEntry_activity\n    }\n  }\n": types.ActivityFeedUpdatesDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationDirectoryDocument,
    "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationPeople_OrganisationFragmentDoc,
    "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n": types.OrganisationProfile_OrganisationFragmentDoc,
    "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n": types.OrganisationProfileDocument,
    "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n": types.OrganisationRow_OrganisationFragmentDoc,
    "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n  }\n": types.ServiceCard_ServiceFragmentDoc,
    "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.PlaceFilterCountriesDocument,
    "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": types.PlaceFilterMunicipalitiesDocument,
    "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": types.ScopeLabel_ScopeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      ...RoleAssignments_role\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      ...RoleAssignments_role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n"): (typeof documents)["\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    roles {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    languages\n    roles {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n  }\n"): (typeof documents)["\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkStats {\n    networkStats {\n      countries\n      municipalities\n      organisations\n      experts\n    }\n  }\n"): (typeof documents)["\n  query NetworkStats {\n    networkStats {\n      countries\n      municipalities\n      organisations\n      experts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivityFeedUpdates {\n    networkActivity {\n      id\n      ...ActivityEntry_activity\n    }\n  }\n"): (typeof documents)["\n  subscription ActivityFeedUpdates {\n    networkActivity {\n      id\n      ...ActivityEntry_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n  }\n"): (typeof documents)["\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
/** The GraphQL operations the scenarios send; the directory page is the client's own (features/experts/ExpertList + ExpertRow). */
export const VIEWER = `query Viewer { viewer { id email networkRole totpEnabled totpRequired can { administer approveInvitations inviteMembers proposeMembers } expert { id fullName } } }`;

export const EXPERT = `query Expert($id: ID!) { expert(id: $id) { id fullName title availableForConsultation organisation { id name } country { code name } } }`;

const EXPERT_ROW = `id fullName title organisation { id name } country { code name } municipality { id name } languages roles { id role } contacts { email phone messagingHandle }`;

export const DIRECTORY = `query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {
  experts(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { ${EXPERT_ROW} } } pageInfo { hasNextPage endCursor } }
}`;

/** The global search page before `search(query:)` exists: both directories filtered by the text, in one request. */
export const DIRECTORY_SEARCH = `query DirectorySearch($text: String!) {
  experts(filter: { text: $text }, first: 20) { totalCount edges { node { ${EXPERT_ROW} } } }
  organisations(filter: { text: $text }, first: 20) { totalCount edges { node { id name type scope { level country { code name } municipality { id name } } } } }
}`;

/** Once the server has it (issue 4's contract): the one search box across experts, organisations and forum content. */
export const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 10) { expertCount organisationCount threadCount postCount hits { score node { __typename ... on Expert { id fullName title organisation { id name } } ... on Organisation { id name type } ... on ThreadMatch { id threadTitle forumTitle lastPostAt } ... on PostMatch { id threadId threadTitle forumTitle snippet createdAt } } } }
}`;

export function graphqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** S1b: the first page of the organisation directory as an anonymous visitor sees it (the client's OrganisationRow shape). */
export const ORGANISATIONS = `query OrganisationDirectory($first: Int!) {
  organisations(first: $first) { totalCount edges { cursor node { id name acronym type scope { level country { code name } municipality { id name } } services { id kind } } } pageInfo { hasNextPage endCursor } }
}`;

/**
 * The same pages asked of PostGraphile 5 (Amber preset, generated names): the same rows, relations and order.
 * PostGraphile knows nothing of Strom's sessions or contact rules; anonymous visitors' filter is a condition.
 */
export const POSTGRAPHILE_DIRECTORY = `query ExpertDirectory($first: Int!) {
  allExperts(first: $first, orderBy: [FULL_NAME_ASC, PRIMARY_KEY_ASC]) { totalCount edges { cursor node {
    rowId fullName title organisationByOrganisationId { rowId name } countryByCountryCode { code name }
    municipalityByMunicipalityId { rowId name } languages roleAssignmentsByExpertId(orderBy: [ROLE_ASC]) { nodes { rowId role } }
    email phone messagingHandle } } pageInfo { hasNextPage endCursor } }
}`;

export const POSTGRAPHILE_ORGANISATIONS = `query OrganisationDirectory($first: Int!) {
  allOrganisations(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], condition: { publiclyListed: true }) { totalCount edges { cursor node {
    rowId name acronym type level countryByCountryCode { code name } municipalityByMunicipalityId { rowId name }
    organisationServicesByOrganisationId(orderBy: [KIND_ASC, PRIMARY_KEY_ASC]) { nodes { rowId kind } } } } pageInfo { hasNextPage endCursor } }
}`;

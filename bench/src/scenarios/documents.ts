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

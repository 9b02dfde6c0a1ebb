import type { GraphQLResponse, TestApp } from '../../test/harness.js';
import { Invitation } from './invitation.entity.js';

/** Test support shared by the invitation tests: operations, and demo records to point them at. */
export const INVITATION_FIELDS = /* GraphQL */ `
  id email kind status networkRole reason newOrganisationName expiresAt createdAt
  country { code } organisation { id name } invitedBy { id fullName } approvedBy { id fullName } viewerCan { approve revoke }
`;

export interface InvitationNode {
  id: string;
  email: string;
  kind: 'INVITATION' | 'PROPOSAL';
  status: string;
  networkRole: string;
  reason: string | null;
  newOrganisationName: string | null;
  expiresAt: string | null;
  createdAt: string;
  country: { code: string };
  organisation: { id: string; name: string } | null;
  invitedBy: { id: string; fullName: string } | null;
  approvedBy: { id: string; fullName: string } | null;
  viewerCan: { approve: boolean; revoke: boolean };
}

export const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ${INVITATION_FIELDS} } }`;
export const PROPOSE = `mutation ($input: ProposeMemberInput!) { proposeMember(input: $input) { ${INVITATION_FIELDS} } }`;
export const APPROVE = `mutation ($id: ID!) { approveInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
export const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
export const LIST = `query ($status: InvitationStatus, $first: Int! = 20, $after: String) {
  invitations(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${INVITATION_FIELDS} } } }
}`;
export const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email organisationName countryName expiresAt } }`;
export const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { id email networkRole coordinatorOf { code } expert { fullName country { code } municipality { name } organisation { id name } } }
}`;

export const LINK_INVALID = 'This invitation link is not valid any more';

export interface DemoPlaces {
  lvOrganisation: { id: string; name: string };
  ltOrganisation: { id: string; name: string };
  regionalOrganisation: { id: string; name: string };
  riga: string;
  vilnius: string;
}

export async function demoPlaces(app: TestApp): Promise<DemoPlaces> {
  const first = async (filter: string) => {
    const result = await app.gql<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
      `{ organisations(first: 1, filter: ${filter}) { edges { node { id name } } } }`,
    );
    return result.data!.organisations.edges[0]!.node;
  };
  const municipality = async (country: string, name: string) => {
    const result = await app.gql<{ municipalities: { id: string; name: string }[] }>(
      `{ municipalities(countryCode: "${country}") { id name } }`,
    );
    return result.data!.municipalities.find((m) => m.name === name)!.id;
  };
  return {
    lvOrganisation: await first('{ countryCode: "LV", level: NATIONAL }'),
    ltOrganisation: await first('{ countryCode: "LT", level: NATIONAL }'),
    regionalOrganisation: await first('{ level: REGIONAL }'),
    riga: await municipality('LV', 'Riga'),
    vilnius: await municipality('LT', 'Vilnius'),
  };
}

/** Runs a mutation and returns its single root field, failing the test with the errors if there are any. */
export async function ok<T>(promise: Promise<GraphQLResponse<Record<string, T>>>): Promise<T> {
  const result = await promise;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data!)[0]!;
}

export function errorOf(result: GraphQLResponse): { code: string | undefined; message: string | undefined; fields: string[] } {
  const error = result.errors?.[0];
  const fieldErrors: unknown = error?.extensions?.fieldErrors;
  const fields = Array.isArray(fieldErrors) ? fieldErrors.map((f: { field?: unknown }) => String(f.field)) : [];
  return { code: error?.extensions?.code, message: error?.message, fields };
}

/** The stored row, read past the API: forbidden mutations must leave it as it was. */
export function storedInvitation(app: TestApp, id: string): Promise<Invitation> {
  return app.orm.em.fork().findOneOrFail(Invitation, id);
}

export function invitationCount(app: TestApp): Promise<number> {
  return app.orm.em.fork().count(Invitation);
}

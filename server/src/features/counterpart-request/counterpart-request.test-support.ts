import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { expect } from 'vitest';
import type { GraphQLResponse, TestApp } from '../../test/harness.js';

export const REQUEST_FIELDS = /* GraphQL */ `
  id
  status
  outcome
  toCountryCode
  toMunicipalityName
  fromCountryCode
  firstAnsweredAt
  awaitingViewer
  requester { name isViewer }
  recipients { name state reason isViewer forwardedByName }
  messages { body mine authorName }
  viewerCan { answer forward post close }
`;

export const ANSWER = `mutation ($input: AnswerCounterpartRequestInput!) { answerCounterpartRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const FORWARD = `mutation ($input: ForwardCounterpartRequestInput!) { forwardCounterpartRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const CLOSE = `mutation ($input: CloseCounterpartRequestInput!) { closeCounterpartRequest(input: $input) { ${REQUEST_FIELDS} } }`;

export interface RequestNode {
  id: string;
  status: string;
  outcome: string | null;
  toCountryCode: string;
  toMunicipalityName: string | null;
  fromCountryCode: string;
  firstAnsweredAt: string | null;
  awaitingViewer: boolean;
  requester: { name: string; isViewer: boolean };
  recipients: { name: string; state: string; reason: string | null; isViewer: boolean; forwardedByName: string | null }[];
  messages: { body: string; mine: boolean; authorName: string }[];
  viewerCan: { answer: boolean; forward: boolean; post: boolean; close: boolean };
}

const OPEN = `mutation ($input: OpenCounterpartRequestInput!) { openCounterpartRequest(input: $input) { ${REQUEST_FIELDS} } }`;

/** A request's input without victim data; `overrides` change any field. */
export function requestInput(municipalityId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    municipalityId,
    formOfExploitation: 'LABOUR_EXPLOITATION',
    targetGroup: 'ADULT_MEN',
    service: 'SAFE_RETURN',
    urgency: 'SOON',
    message: 'A case needing safe return to your municipality: who takes over on arrival?',
    confirmations: [],
    ...overrides,
  };
}

export function openRequest(app: TestApp, as: string, input: Record<string, unknown>) {
  return app.gql<{ openCounterpartRequest: RequestNode }>(OPEN, { input }, { as });
}

/** The session cookie of any demo account by its e-mail (the contact points' accounts are not in the harness's list). */
export async function cookieOfEmail(app: TestApp, email: string): Promise<string> {
  const result: GraphQLResponse = await app.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { totpRequired } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  const cookie = result.setCookie?.find((c) => c.includes('strom_session='))?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in as ${email}: ${JSON.stringify(result.errors)}`);
  return cookie;
}

export async function municipalityIdNamed(app: TestApp, name: string): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from municipality where name = ?`, [name]);
  if (!row) throw new Error(`no municipality ${name}`);
  return row.id;
}

/** Who most request tests need: the member in Liepāja who asks, Klaipėda's contact point who answers, both places. */
export async function requestParties(app: TestApp) {
  return {
    member: await app.cookieOf('member.lv'),
    klaipedaContact: await cookieOfEmail(app, 'contact.klaipeda@demo.strom.invalid'),
    liepaja: await municipalityIdNamed(app, 'Liepāja'),
    klaipeda: await municipalityIdNamed(app, 'Klaipėda'),
  };
}

/** A request `as` opens to `municipalityId`; any error fails the test. */
export async function openedRequest(
  app: TestApp,
  as: string,
  municipalityId: string,
  overrides: Record<string, unknown> = {},
): Promise<RequestNode> {
  const result = await openRequest(app, as, requestInput(municipalityId, overrides));
  expect(result.errors).toBeUndefined();
  return result.data!.openCounterpartRequest;
}

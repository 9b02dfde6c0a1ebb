import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import {
  ANSWER,
  CLOSE,
  FORWARD,
  openedRequest,
  openRequest,
  REQUEST_FIELDS,
  requestInput,
  requestParties,
  type RequestNode,
} from './counterpart-request.test-support.js';

const READ = `query ($id: ID!) { counterpartRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const POST = `mutation ($input: PostCounterpartMessageInput!) { postCounterpartMessage(input: $input) { ${REQUEST_FIELDS} } }`;

let app: TestApp;
let liepaja: string;
let klaipeda: string;
let klaipedaContact: string;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  ({ member, klaipedaContact, liepaja, klaipeda } = await requestParties(app));
});
afterAll(() => app?.close());

async function read(as: string, id: string): Promise<RequestNode | null> {
  const result = await app.gql<{ counterpartRequest: RequestNode | null }>(READ, { id }, { as });
  expect(result.errors).toBeUndefined();
  return result.data!.counterpartRequest;
}

const opened = (overrides: Record<string, unknown> = {}) => openedRequest(app, member, klaipeda, overrides);

const count = async (table: string, where: string, params: unknown[]) =>
  Number((await sql<{ n: string }>(app, `select count(*) as n from ${table} where ${where}`, params))[0]!.n);

describe('counterpart requests', () => {
  it('go to the contact point of the municipality first, once however often the client retries', async () => {
    const input = requestInput(klaipeda);
    const first = await openRequest(app, member, input);
    expect(first.errors).toBeUndefined();
    const request = first.data!.openCounterpartRequest;
    expect(request).toMatchObject({ status: 'OPEN', fromCountryCode: 'LV', toCountryCode: 'LT', toMunicipalityName: 'Klaipėda' });
    expect(request.requester.isViewer).toBe(true);
    const [contactPoint] = await sql<{ name: string }>(
      app,
      `select e.full_name as name from app_user u join expert e on e.id = u.expert_id where u.email = 'contact.klaipeda@demo.strom.invalid'`,
    );
    expect(request.recipients[0]).toMatchObject({ name: contactPoint!.name, state: 'PENDING' });
    const retry = await openRequest(app, member, input);
    expect(retry.data?.openCounterpartRequest.id).toBe(request.id);
    expect(await count('counterpart_request', 'id = ?', [request.id])).toBe(1);
    expect(await count('audit_event', `action = 'COUNTERPART_REQUEST_OPENED' and subject_id = ?`, [request.id])).toBe(1);
    expect(
      await count(
        'notification',
        `kind = 'COUNTERPART_REQUEST' and subject_id = ? and recipient_id =
        (select id from app_user where email = 'contact.klaipeda@demo.strom.invalid')`,
        [request.id],
      ),
    ).toBe(1);
    const mine = await read(klaipedaContact, request.id);
    expect(mine).toMatchObject({ awaitingViewer: true, viewerCan: { answer: true, forward: true, post: true, close: false } });
  });

  it('are accepted by a recipient and the requester sees it', async () => {
    const request = await opened();
    const accepted = await app.gql<{ answerCounterpartRequest: RequestNode }>(
      ANSWER,
      { input: { requestId: request.id, answer: 'ACCEPT', confirmations: [] } },
      { as: klaipedaContact },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.answerCounterpartRequest.status).toBe('ACCEPTED');
    const seen = await read(member, request.id);
    expect(seen?.status).toBe('ACCEPTED');
    expect(seen?.recipients[0]?.state).toBe('ACCEPTED');
    expect(seen?.firstAnsweredAt).not.toBeNull();
    expect(seen?.viewerCan).toEqual({ answer: false, forward: false, post: true, close: true });
    expect(await count('notification', `kind = 'COUNTERPART_REQUEST_UPDATE' and subject_id = ?`, [request.id])).toBe(1);
  });

  it('are visible only to both sides, their coordinators and admins', async () => {
    const request = await opened();
    expect(await read(await app.cookieOf('member.pl'), request.id)).toBeNull();
    expect(await read(await app.cookieOf('moderator'), request.id)).toBeNull();
    expect((await read(await app.cookieOf('coordinator.lt'), request.id))?.viewerCan).toEqual({
      answer: false,
      forward: false,
      post: false,
      close: false,
    });
    expect((await read(await app.cookieOf('coordinator.lv'), request.id))?.id).toBe(request.id);
    expect((await read(await app.cookieOf('admin'), request.id))?.id).toBe(request.id);
    expect((await app.gql(READ, { id: request.id })).data?.counterpartRequest).toBeNull();
    const outsider = await app.gql(
      ANSWER,
      { input: { requestId: request.id, answer: 'ACCEPT', confirmations: [] } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keep a thread, close with an outcome, and take no reply once closed', async () => {
    const request = await opened();
    const decline = { requestId: request.id, answer: 'DECLINE', confirmations: [] };
    const noReason = await app.gql(ANSWER, { input: decline }, { as: klaipedaContact });
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('input.reason');
    const message = { id: randomUUID(), requestId: request.id, body: 'Which language does the person speak?', confirmations: [] };
    const posted = await app.gql<{ postCounterpartMessage: RequestNode }>(POST, { input: message }, { as: klaipedaContact });
    expect(posted.errors).toBeUndefined();
    await app.gql(POST, { input: message }, { as: klaipedaContact });
    const thread = (await read(member, request.id))!.messages;
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ body: message.body, mine: false });
    const closed = await app.gql<{ closeCounterpartRequest: RequestNode }>(
      CLOSE,
      { input: { requestId: request.id, outcome: 'NOT_NEEDED' } },
      { as: member },
    );
    expect(closed.data?.closeCounterpartRequest).toMatchObject({ status: 'CLOSED', outcome: 'NOT_NEEDED' });
    const late = await app.gql(ANSWER, { input: { ...decline, reason: 'No capacity this month' } }, { as: klaipedaContact });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/closed/);
    const lateMessage = await app.gql(POST, { input: { ...message, id: randomUUID() } }, { as: member });
    expect(lateMessage.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reopen = await app.gql(CLOSE, { input: { requestId: request.id, outcome: 'REFERRED' } }, { as: member });
    expect(reopen.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byRecipient = await app.gql(CLOSE, { input: { requestId: request.id, outcome: 'NOT_NEEDED' } }, { as: klaipedaContact });
    expect(byRecipient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are forwarded to another member, who then answers', async () => {
    const request = await opened();
    const [coordinator] = await sql<{ expert_id: string }>(
      app,
      `select expert_id from app_user where email = 'coordinator.lt@demo.strom.invalid'`,
    );
    const input = { requestId: request.id, expertId: coordinator!.expert_id, note: 'The national team handles returns', confirmations: [] };
    const forwarded = await app.gql<{ forwardCounterpartRequest: RequestNode }>(FORWARD, { input }, { as: klaipedaContact });
    expect(forwarded.errors).toBeUndefined();
    expect(forwarded.data!.forwardCounterpartRequest.recipients.map((r) => r.state)).toEqual(['FORWARDED', 'PENDING']);
    expect(forwarded.data!.forwardCounterpartRequest.recipients[1]?.forwardedByName).toBe(
      forwarded.data!.forwardCounterpartRequest.recipients[0]?.name,
    );
    expect((await app.gql(FORWARD, { input }, { as: klaipedaContact })).errors).toBeUndefined();
    expect(await count('counterpart_request_recipient', 'request_id = ?', [request.id])).toBe(2);
    const coordinatorCookie = await app.cookieOf('coordinator.lt');
    expect((await read(coordinatorCookie, request.id))?.awaitingViewer).toBe(true);
    const again = await app.gql(ANSWER, { input: { requestId: request.id, answer: 'ACCEPT', confirmations: [] } }, { as: klaipedaContact });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('counterpart requests: bad input', () => {
  it('refuse a municipality where nobody in the network can answer', async () => {
    const [quiet] = await sql<{ id: string; name: string }>(
      app,
      `select m.id, m.name from municipality m where not exists (select 1 from app_user u join expert e on e.id = u.expert_id
         where e.country_code = m.country_code) order by m.name limit 1`,
    );
    const result = await openRequest(app, member, requestInput(quiet!.id));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'input.municipalityId' });
    expect(result.errors?.[0]?.message).toContain(quiet!.name);
  });

  it('refuse victim data, their own municipality, and no place or two', async () => {
    const victim = requestInput(klaipeda, { message: 'Anna Bērziņa, victim, born 12.03.1990, needs a shelter on arrival.' });
    const refused = await openRequest(app, member, victim);
    expect(refused.errors?.[0]?.extensions?.guardrail).toBeTruthy();
    expect(await count('counterpart_request', 'id = ?', [victim.id])).toBe(0);
    const own = await openRequest(app, member, requestInput(liepaja));
    expect(own.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('input.municipalityId');
    const both = await openRequest(app, member, requestInput(klaipeda, { countryCode: 'LT' }));
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await openRequest(app, member, requestInput(klaipeda, { municipalityId: null }));
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await openRequest(app, null as unknown as string, requestInput(klaipeda))).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

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

// What the other side does with a request, and the trail it leaves: a decline with its reason, a request to a
// country, the audit entries of each step, and the median time to a first answer the TF-THB reads.

let app: TestApp;
let member: string;
let klaipedaContact: string;
let klaipeda: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  ({ member, klaipedaContact, klaipeda } = await requestParties(app));
});
afterAll(() => app?.close());

const opened = (overrides: Record<string, unknown> = {}) => openedRequest(app, member, klaipeda, overrides);

const userIdOf = async (email: string) => (await sql<{ id: string }>(app, `select id from app_user where email = ?`, [email]))[0]!.id;

/** The audit entries of one request with `action`, as who did it and what they recorded. */
const auditOf = (requestId: string, action: string) =>
  sql<{ actor_id: string; details: Record<string, unknown> }>(
    app,
    `select actor_id, details from audit_event where subject_id = ? and action = ? order by sequence`,
    [requestId, action],
  );

describe('answering a counterpart request', () => {
  it('declines with a reason: the recipient DECLINED, the request still OPEN, the requester told, the answer audited', async () => {
    const request = await opened();
    const reason = 'Our shelter is full until the end of the month';
    const declined = await app.gql<{ answerCounterpartRequest: RequestNode }>(
      ANSWER,
      { input: { requestId: request.id, answer: 'DECLINE', reason, confirmations: [] } },
      { as: klaipedaContact },
    );
    expect(declined.errors).toBeUndefined();
    const after = declined.data!.answerCounterpartRequest;
    expect(after.status).toBe('OPEN');
    expect(after.recipients[0]).toMatchObject({ state: 'DECLINED', reason });
    expect(after.firstAnsweredAt).not.toBeNull();
    const requester = await userIdOf('member.lv@demo.strom.invalid');
    const [told] = await sql<{ n: string }>(
      app,
      `select count(*) as n from notification where kind = 'COUNTERPART_REQUEST_UPDATE' and subject_id = ? and recipient_id = ?`,
      [request.id, requester],
    );
    expect(Number(told!.n)).toBe(1);
    expect(await auditOf(request.id, 'COUNTERPART_REQUEST_ANSWERED')).toEqual([
      { actor_id: await userIdOf('contact.klaipeda@demo.strom.invalid'), details: { answer: 'DECLINE' } },
    ]);
  });

  it('audits a forward with whom it went to, and a close with its outcome', async () => {
    const request = await opened();
    const coordinator = await userIdOf('coordinator.lt@demo.strom.invalid');
    const [expert] = await sql<{ expert_id: string }>(app, `select expert_id from app_user where id = ?`, [coordinator]);
    const input = { requestId: request.id, expertId: expert!.expert_id, note: 'The national team handles returns', confirmations: [] };
    expect((await app.gql(FORWARD, { input }, { as: klaipedaContact })).errors).toBeUndefined();
    expect(await auditOf(request.id, 'COUNTERPART_REQUEST_FORWARDED')).toEqual([
      { actor_id: await userIdOf('contact.klaipeda@demo.strom.invalid'), details: { to: coordinator } },
    ]);
    const closed = await app.gql(CLOSE, { input: { requestId: request.id, outcome: 'NO_CAPACITY' } }, { as: member });
    expect(closed.errors).toBeUndefined();
    expect(await auditOf(request.id, 'COUNTERPART_REQUEST_CLOSED')).toEqual([
      { actor_id: await userIdOf('member.lv@demo.strom.invalid'), details: { outcome: 'NO_CAPACITY' } },
    ]);
  });
});

describe('a request to a country', () => {
  it('goes to its national coordinator first', async () => {
    const result = await openRequest(app, member, requestInput(klaipeda, { municipalityId: null, countryCode: 'LT' }));
    expect(result.errors).toBeUndefined();
    const request = result.data!.openCounterpartRequest;
    expect(request).toMatchObject({ toCountryCode: 'LT', toMunicipalityName: null, fromCountryCode: 'LV' });
    const [coordinator] = await sql<{ name: string }>(
      app,
      `select e.full_name as name from app_user u join expert e on e.id = u.expert_id where u.email = 'coordinator.lt@demo.strom.invalid'`,
    );
    expect(request.recipients[0]).toMatchObject({ name: coordinator!.name, state: 'PENDING' });
    const mine = await app.gql<{ counterpartRequest: RequestNode }>(
      `query ($id: ID!) { counterpartRequest(id: $id) { ${REQUEST_FIELDS} } }`,
      { id: request.id },
      { as: await app.cookieOf('coordinator.lt') },
    );
    expect(mine.data!.counterpartRequest).toMatchObject({ awaitingViewer: true, viewerCan: { answer: true } });
  });
});

describe('the time to a first answer', () => {
  it('is the median in hours, a number with its fraction', async () => {
    // Two requests answered 3 and 6 hours after they were opened, moved to a year no other request is in.
    const hours = [3, 6];
    for (const [index, wait] of hours.entries()) {
      const request = await opened({ id: randomUUID() });
      await app.gql(ANSWER, { input: { requestId: request.id, answer: 'ACCEPT', confirmations: [] } }, { as: klaipedaContact });
      await sql(
        app,
        `update counterpart_request set created_at = ?::timestamptz, first_answered_at = ?::timestamptz + make_interval(hours => ?) where id = ?`,
        [`2001-03-0${index + 1}T09:00:00Z`, `2001-03-0${index + 1}T09:00:00Z`, wait, request.id],
      );
    }
    const result = await app.gql(
      `query { counterpartRequestStatistics(year: 2001) { requests answered medianHoursToFirstAnswer pairs { medianHoursToFirstAnswer } } }`,
      {},
      { as: await app.cookieOf('admin') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.counterpartRequestStatistics).toEqual({
      requests: 2,
      answered: 2,
      medianHoursToFirstAnswer: 4.5,
      pairs: [{ medianHoursToFirstAnswer: 4.5 }],
    });
  });
});

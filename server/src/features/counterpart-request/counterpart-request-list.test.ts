import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import { sendCounterpartReminders } from './counterpart-request-reminders.jobs.js';
import { cookieOfEmail, municipalityIdNamed, openRequest, requestInput } from './counterpart-request.test-support.js';

const LIST = `query ($box: CounterpartRequestBox!, $first: Int!, $after: String) {
  counterpartRequests(box: $box, first: $first, after: $after, openOnly: true) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id recipients { name state } messages { body } } }
  }
}`;
const STATS = `query ($year: Int) { counterpartRequestStatistics(year: $year) { requests answered answeredShare medianHoursToFirstAnswer
  pairs { fromCountryCode toCountryCode requests answered medianHoursToFirstAnswer } years } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

let app: TestApp;
let member: string;
let contact: string;
const opened: string[] = [];
/** What the demo seed holds before the tests open theirs. */
let before: { outgoing: number; overseen: number; stats: Stats };

interface Stats {
  years: number[];
  requests: number;
  answered: number;
  answeredShare: number;
  pairs: { fromCountryCode: string; toCountryCode: string; requests: number; answered: number }[];
}

// Seven commands and the sign-ins: more than the default minute on a loaded machine.
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
  contact = await cookieOfEmail(app, 'contact.klaipeda@demo.strom.invalid');
  const klaipeda = await municipalityIdNamed(app, 'Klaipėda');
  before = {
    outgoing: (await page(member, { box: 'OUTGOING', first: 1 })).totalCount,
    overseen: (await page(await app.cookieOf('coordinator.lt'), { box: 'OVERSEEN', first: 1 })).totalCount,
    stats: await statistics(),
  };
  for (let i = 0; i < 7; i += 1) {
    const result = await openRequest(app, member, requestInput(klaipeda));
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    opened.push(result.data!.openCounterpartRequest.id);
  }
}, 180_000);
afterAll(() => app?.close());

const pair = (stats: Stats) => stats.pairs.find((p) => p.fromCountryCode === 'LV' && p.toCountryCode === 'LT');

async function statistics(year: number | null = null): Promise<Stats> {
  const result = await app.gql<{ counterpartRequestStatistics: Stats }>(STATS, { year }, { as: await app.cookieOf('admin') });
  expect(result.errors).toBeUndefined();
  return result.data!.counterpartRequestStatistics;
}

async function page(as: string, variables: Record<string, unknown>): Promise<Page> {
  const result = await app.gql<{ counterpartRequests: Page }>(LIST, variables, { as });
  expect(result.errors).toBeUndefined();
  return result.data!.counterpartRequests;
}

describe('counterpart request lists', () => {
  it('page through a box, newest first, in the same statements at any page size', async () => {
    const outgoing = await page(member, { box: 'OUTGOING', first: 3 });
    expect(outgoing.totalCount).toBe(before.outgoing + opened.length);
    expect(outgoing.edges.map((e) => e.node.id)).toEqual(opened.toReversed().slice(0, 3));
    const rest = await page(member, { box: 'OUTGOING', first: 4, after: outgoing.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.id)).toEqual(opened.toReversed().slice(3));
    expect(rest.pageInfo.hasNextPage).toBe(before.outgoing > 0);
    const awaiting = await page(contact, { box: 'AWAITING_ME', first: 10 });
    expect(awaiting.totalCount).toBe(opened.length);
    expect((await page(member, { box: 'AWAITING_ME', first: 10 })).totalCount).toBe(0);
    expect((await page(await app.cookieOf('moderator'), { box: 'OVERSEEN', first: 10 })).totalCount).toBe(0);
    expect((await page(await app.cookieOf('coordinator.lt'), { box: 'OVERSEEN', first: 10 })).totalCount).toBe(
      before.overseen + opened.length,
    );
    const two = await app.countStatements(() => page(contact, { box: 'INCOMING', first: 2 }));
    const twenty = await app.countStatements(() => page(contact, { box: 'INCOMING', first: 20 }));
    expect(twenty.length).toBe(two.length);
    // The session and the page with its total, both sides and the threads.
    expect(twenty.length).toBe(2);
  });

  it('remind a recipient once after two working days without an answer', async () => {
    const [created] = await sql<{ created_at: Date }>(app, `select created_at from counterpart_request where id = ?`, [opened[0]]);
    const soon = new Date(new Date(created!.created_at).getTime() + 60 * 60 * 1000);
    expect(await sendCounterpartReminders(app.commandDeps({ now: () => soon }))).toBe(0);
    const later = new Date(new Date(created!.created_at).getTime() + 5 * 24 * 60 * 60 * 1000);
    expect(await sendCounterpartReminders(app.commandDeps({ now: () => later }))).toBe(opened.length);
    expect(await sendCounterpartReminders(app.commandDeps({ now: () => later }))).toBe(0);
    const [reminders] = await sql<{ n: string }>(app, `select count(*) as n from notification where kind = 'COUNTERPART_REQUEST_REMINDER'`);
    expect(Number(reminders!.n)).toBe(opened.length);
  });

  it('count anonymously for the TF-THB, refused to plain members, in a fixed number of statements', async () => {
    const accepted = await app.gql(
      `mutation ($input: AnswerCounterpartRequestInput!) { answerCounterpartRequest(input: $input) { id } }`,
      { input: { requestId: opened[1], answer: 'ACCEPT', confirmations: [] } },
      { as: contact },
    );
    expect(accepted.errors).toBeUndefined();
    await app.cookieOf('admin');
    const statements = await app.countStatements(async () => {
      const stats = await statistics();
      const requests = before.stats.requests + opened.length;
      const answered = before.stats.answered + 1;
      expect(stats).toMatchObject({ requests, answered });
      expect(stats.answeredShare).toBeCloseTo(answered / requests);
      expect(pair(stats)).toMatchObject({
        requests: (pair(before.stats)?.requests ?? 0) + opened.length,
        answered: (pair(before.stats)?.answered ?? 0) + 1,
      });
      expect(stats.pairs.reduce((sum, p) => sum + p.requests, 0)).toBe(requests);
    });
    // The session, the reader's TF-THB seat, the counts.
    expect(statements.length).toBe(3);
    const refused = await app.gql(STATS, {}, { as: member });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('narrow to the year a request was opened, and always list the years there are', async () => {
    const [opening] = await sql<{ year: number }>(
      app,
      `select extract(year from created_at at time zone 'UTC')::int as year from counterpart_request where id = ?`,
      [opened[0]],
    );
    const thisYear = opening!.year;
    const all = await statistics();
    expect(all.years).toContain(thisYear);
    expect(all.years).toEqual(all.years.toSorted((a, b) => b - a));
    const [counted] = await sql<{ n: string }>(
      app,
      `select count(*) as n from counterpart_request where extract(year from created_at at time zone 'UTC') = ?`,
      [thisYear],
    );
    const ofYear = await statistics(thisYear);
    expect(ofYear.requests).toBe(Number(counted!.n));
    expect(ofYear.requests).toBeGreaterThanOrEqual(opened.length);
    expect(ofYear.years).toEqual(all.years);
    const empty = await statistics(2001);
    expect(empty).toMatchObject({ requests: 0, answered: 0, answeredShare: 0, medianHoursToFirstAnswer: null, pairs: [] });
    expect(empty.years).toEqual(all.years);
    const wrong = await app.gql(STATS, { year: 1999 }, { as: await app.cookieOf('admin') });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('are offered (viewer.can) to exactly those the query answers', async () => {
    const CAN = `{ viewer { can { seeCounterpartStatistics } } }`;
    const can = async (as: string) =>
      (await app.gql<{ viewer: { can: { seeCounterpartStatistics: boolean } } }>(CAN, {}, { as })).data!.viewer.can
        .seeCounterpartStatistics;
    for (const [as, expected] of [
      [member, false],
      [await app.cookieOf('admin'), true],
      [await app.cookieOf('coordinator.lt'), true],
    ] as const) {
      expect(await can(as)).toBe(expected);
      expect((await app.gql(STATS, {}, { as })).errors === undefined).toBe(expected);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { addMember, signIn } from '../member/member.test-support.js';
import { ExportTicket } from './export-ticket.entity.js';

const START = /* GraphQL */ `
  mutation ($filter: ExpertFilter) {
    startExpertExport(filter: $filter) {
      url
      expiresAt
    }
  }
`;
const BATCH = 7;
const FORMULA = '=HYPERLINK("https://evil.example","click")';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo', env: { EXPORT_BATCH_SIZE: String(BATCH) } });
  // A title a spreadsheet would run; the export must hand it over as text.
  const em = app.orm.em.fork();
  const expert = await em.findOneOrFail(Expert, { country: 'LV' }, { orderBy: { fullName: 'asc' } });
  expert.title = FORMULA;
  await em.flush();
});
afterAll(() => app?.close());

async function startExport(cookie: string | null, filter: Record<string, unknown> | null = { countryCode: 'LV' }) {
  const result = await app.gql<{ startExpertExport: { url: string; expiresAt: string } }>(START, { filter }, { as: cookie });
  return result;
}

async function link(cookie: string, filter: Record<string, unknown> | null = { countryCode: 'LV' }): Promise<string> {
  const result = await startExport(cookie, filter);
  expect(result.errors).toBeUndefined();
  return result.data!.startExpertExport.url;
}

const download = (url: string, cookie: string | null) => fetch(`${app.url}${url}`, { headers: cookie ? { cookie } : {} });

/** RFC 4180, enough for the test: quoted cells, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      cell += '"';
      i += 2;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
    i += 1;
  }
  return rows;
}

/** A cell a spreadsheet would run: `=…`, `@…`, or a sign followed by more than a number (`+1+HYPERLINK(…)`). */
const RUNNABLE = /^[=@\t\r]|^[+-](?![\d\s()./-]*$)/;
/** What a contact cell holds: handles (@…) carry the formula guard; phone numbers (+371 …) stay as they are. */
const guarded = (value: string | null) => (value && RUNNABLE.test(value) ? `'${value}` : (value ?? ''));

interface DirectoryRow {
  fullName: string;
  contacts: { email: string | null; phone: string | null; messagingHandle: string | null };
}

/** The same list through GraphQL, every page, as this viewer sees it. */
async function directory(cookie: string, filter: Record<string, unknown>): Promise<{ totalCount: number; rows: DirectoryRow[] }> {
  const rows: DirectoryRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await app.gql(
      `query ($filter: ExpertFilter, $after: String) { experts(filter: $filter, first: 100, after: $after) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { fullName contacts { email phone messagingHandle } } } } }`,
      { filter, after },
      { as: cookie },
    );
    rows.push(...page.data.experts.edges.map((e: any) => e.node));
    if (!page.data.experts.pageInfo.hasNextPage) return { totalCount: page.data.experts.totalCount, rows };
    after = page.data.experts.pageInfo.endCursor;
  }
}

describe('startExpertExport', () => {
  it('refuses anonymous visitors', async () => {
    expect((await startExport(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates the filter like the directory does', async () => {
    const cookie = await app.cookieOf('member.lv');
    for (const filter of [{ countryCode: 'L1' }, { language: 'klingon' }, { municipalityId: 'not-an-id' }, { text: 'x'.repeat(10_000) }]) {
      expect((await startExport(cookie, filter)).errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });

  it('issues a 60-second link, stores only the token hash and audits the filter without search words', async () => {
    const cookie = await app.cookieOf('member.lv');
    const before = Date.now();
    const result = await startExport(cookie, { countryCode: 'LV', role: 'CASE_MANAGER', text: 'Ozola' });
    const { url, expiresAt } = result.data!.startExpertExport;
    expect(url).toMatch(/^\/export\/experts\/[A-Za-z0-9_-]{43}\.csv$/);
    expect(Date.parse(expiresAt) - before).toBeGreaterThan(55_000);
    expect(Date.parse(expiresAt) - before).toBeLessThanOrEqual(61_000);
    const token = url.slice('/export/experts/'.length, -'.csv'.length);
    const em = app.orm.em.fork();
    expect(await em.count(ExportTicket, { tokenHash: token })).toBe(0);
    const [entry] = await em.find(AuditEvent, { action: 'EXPERTS_EXPORTED' }, { orderBy: { sequence: 'desc' }, limit: 1 });
    expect(entry!.details).toEqual({ countryCode: 'LV', role: 'CASE_MANAGER', textSearch: true });
    expect(JSON.stringify(entry)).not.toContain('Ozola');
  });
});

describe('GET /export/experts/:token.csv', () => {
  it('streams the filtered directory as the viewer may see it, in keyset batches', async () => {
    const cookie = await app.cookieOf('member.pl');
    const filter = { countryCode: 'LV' };
    const url = await link(cookie, filter);
    let response!: Response;
    let body = '';
    const statements = await app.countStatements(async () => {
      response = await download(url, cookie);
      body = await response.text();
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="strom-experts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await (await download(await link(cookie, filter), cookie)).arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(body.replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'Name',
      'Title',
      'Organisation',
      'Country',
      'Municipality',
      'Languages',
      'Forms of exploitation',
      'Roles',
      'Available for consultation',
      'Email',
      'Phone',
      'Messaging handle',
    ]);
    const expected = await directory(cookie, filter);
    expect(rows).toHaveLength(expected.totalCount);
    expect(expected.totalCount).toBeGreaterThan(2 * BATCH);
    // Same order and the same contact cells the directory shows this viewer: hidden ones empty.
    expect(rows.map((r) => [r[0], r[9], r[10], r[11]])).toEqual(
      expected.rows.map((e) => [
        guarded(e.fullName),
        guarded(e.contacts.email),
        guarded(e.contacts.phone),
        guarded(e.contacts.messagingHandle),
      ]),
    );
    expect(expected.rows.some((e) => e.contacts.phone === null)).toBe(true);
    expect(rows.every((r) => r[3] === 'Latvia')).toBe(true);

    const batches = statements.filter((sql) => /from "expert"/.test(sql) && /\blimit\b/i.test(sql));
    expect(batches.length).toBe(Math.floor(expected.totalCount / BATCH) + 1);
  });

  it('neutralises formulas in cells', async () => {
    const cookie = await app.cookieOf('member.lv');
    const body = await (await download(await link(cookie), cookie)).text();
    const rows = parseCsv(body.replace(/^\uFEFF/, ''));
    expect(rows.some((r) => r[1] === `'${FORMULA}`)).toBe(true);
    expect(rows.some((r) => r.some((cell) => RUNNABLE.test(cell)))).toBe(false);
    // Phone numbers are not mangled with a quote mark.
    expect(rows.some((r) => /^\+\d{2,3} \d/.test(r[10] ?? ''))).toBe(true);
    // Languages are named, not coded.
    expect(rows.slice(1).some((r) => /\bLatvian\b/.test(r[5] ?? ''))).toBe(true);
    expect(rows.slice(1).some((r) => /\b[a-z]{2}\b/.test(r[5] ?? ''))).toBe(false);
  });

  it('works once (a HEAD request does not spend it)', async () => {
    const cookie = await app.cookieOf('member.lv');
    const url = await link(cookie);
    expect((await fetch(`${app.url}${url}`, { method: 'HEAD', headers: { cookie } })).status).toBe(405);
    expect((await download(url, cookie)).status).toBe(200);
    const again = await download(url, cookie);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('answers 404 to an expired link, an unknown token and a request without the session', async () => {
    const cookie = await app.cookieOf('member.lv');
    const expired = await link(cookie);
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update export_ticket set expires_at = now() - interval '1 second' where used_at is null`);
    expect((await download(expired, cookie)).status).toBe(404);
    expect((await download(`/export/experts/${'A'.repeat(43)}.csv`, cookie)).status).toBe(404);
    expect((await download(`/export/experts/'; drop table expert; --.csv`, cookie)).status).toBe(404);
    const url = await link(cookie);
    expect((await download(url, null)).status).toBe(404);
  });

  it('answers 404 to another member, and leaves the link to its owner', async () => {
    const owner = await app.cookieOf('member.lv');
    const url = await link(owner);
    expect((await download(url, await app.cookieOf('member.pl'))).status).toBe(404);
    expect((await download(url, owner)).status).toBe(200);
  });

  it('answers 404 once its member is suspended, even with the link and the old cookie', async () => {
    const extra = await addMember(app, 'LV');
    const { cookie } = await signIn(app, { email: extra.email, password: extra.password });
    if (!cookie) throw new Error('the extra member could not sign in');
    const url = await link(cookie);
    await app.orm.em.fork().getConnection().execute(`update app_user set status = 'SUSPENDED' where id = ?`, [extra.id]);
    expect((await download(url, cookie)).status).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeForum, makeThread, userIdOf } from '../features/forum/forum.test-support.js';
import { invite, makeMeeting } from '../features/meeting/meeting.test-support.js';
import { startTestApp, type DemoAccountName, type TestApp } from '../test/harness.js';

// A client build in miniature, as client/scripts/page-shells.ts writes it: the data pages' copies of index.html with
// the head's placeholder, and what is fixed about each head in the manifest.
const shell = (page: string) =>
  `<!doctype html><html><head><title>Strom</title></head><body><div id="root"><!-- page-head: bars -->` +
  `<div class="shell-bar"></div><!-- /page-head --><!-- ${page} --></div></body></html>`;
const dataHead = (href: string, label: string, style: string) => ({
  above: { style, links: [{ href, label }] },
  documentTitle: '{{page}} · Strom',
});
const DATA_PAGES = [
  { path: '/forums/:slug', file: '11-forums-slug.html', dataHead: dataHead('/forums', 'All forums', 'small-back') },
  { path: '/t/:id', file: '12-t-id.html', dataHead: dataHead('/forums', 'Forums', 'breadcrumbs') },
  { path: '/meetings/:id', file: '13-meetings-id.html', dataHead: dataHead('/meetings', 'All meetings', 'back') },
];

let app: TestApp;
let dist: string;
let group: { id: string; slug: string };
let open: { id: string; slug: string };
let groupThread: string;
let openThread: string;
let meeting: string;

const TITLE = 'Referral <b>"checklist"</b> & co';

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'strom-client-'));
  writeFileSync(path.join(dist, 'index.html'), shell('index'));
  mkdirSync(path.join(dist, 'page-shells'));
  for (const page of DATA_PAGES) writeFileSync(path.join(dist, 'page-shells', page.file), shell(page.path));
  const shells = DATA_PAGES.flatMap((page) => (['visitor', 'member'] as const).map((audience) => ({ ...page, audience, kind: 'chunks' })));
  writeFileSync(path.join(dist, 'page-shells/manifest.json'), JSON.stringify({ shells }));
  app = await startTestApp({ data: 'demo', env: { CLIENT_DIST: dist } });

  open = await makeForum(app, {
    title: 'Open forum on cross-border referral',
    description: 'Everyone may read this.',
    visibility: 'PUBLIC',
  });
  openThread = (await makeThread(app, open.id, 'member.lv', { title: TITLE })).id;
  group = await makeForum(app, { title: 'Closed Latvian working group', visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
  const added = await app.gql(
    `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`,
    { input: { forumId: group.id, userIds: [await userIdOf(app, 'member.lv')] } },
    { as: await app.cookieOf('admin') },
  );
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  groupThread = (await makeThread(app, group.id, 'member.lv', { title: 'Joint referral procedure draft' })).id;
  meeting = (await makeMeeting(app, { title: 'Invited-only expert group' })).id;
  const invited = await invite(app, meeting, ['member.lv']);
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
});
afterAll(async () => {
  await app?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** node:http rather than fetch: fetch handles conditional requests and compression itself. */
async function fetchPage(pathname: string, as: DemoAccountName | null = null, headers: Record<string, string> = {}) {
  const cookie = as ? { cookie: await app.cookieOf(as) } : {};
  return new Promise<{ status: number; headers: IncomingHttpHeaders; html: string }>((resolve, reject) => {
    const req = request(`${app.url}${pathname}`, { headers: { accept: 'text/html', ...headers, ...cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, html: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const headOf = (html: string) => /<div class="shell-head[\s\S]*?<\/h1>(?:<p[^>]*>[^<]*<\/p>)?<\/div>/.exec(html)?.[0] ?? null;
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe("a data page's HTML carries its head for the reader who asks", () => {
  it("a forum's: its name and description under the link back to all forums, and its name in the tab", async () => {
    const { status, headers, html } = await fetchPage(`/forums/${open.slug}`);
    expect(status).toBe(200);
    expect(headOf(html)).toBe(
      `<div class="shell-head shell-head-page" data-shell-head="/forums/${open.slug}" data-layout="page">` +
        `<div class="shell-above shell-above-small-back" data-above="small-back"><span class="shell-link" data-href="/forums">All forums</span></div>` +
        `<h1 class="shell-title">Open forum on cross-border referral</h1><p class="shell-intro">Everyone may read this.</p></div>`,
    );
    expect(titleOf(html)).toBe('Open forum on cross-border referral · Strom');
    expect(html).not.toContain('shell-bar');
    expect(headers['cache-control']).toBe('private, no-cache');
    expect(headers['vary']).toMatch(/Cookie/);
  });

  it("a thread's: its title, escaped, under the trail to its forum", async () => {
    const { html } = await fetchPage(`/t/${openThread}`, 'member.pl');
    const head = headOf(html);
    expect(head).toContain(
      `<span class="shell-link" data-href="/forums">Forums</span><span class="shell-separator">›</span>` +
        `<span class="shell-link" data-href="/forums/${open.slug}">Open forum on cross-border referral</span>`,
    );
    expect(head).toContain('<h1 class="shell-title">Referral &lt;b&gt;&quot;checklist&quot;&lt;/b&gt; &amp; co</h1>');
    expect(titleOf(html)).toBe('Referral &lt;b&gt;&quot;checklist&quot;&lt;/b&gt; &amp; co · Strom');
    expect(html).not.toContain('<b>');
  });

  it("a meeting's, for a member it is shared with", async () => {
    const { html } = await fetchPage(`/meetings/${meeting}`, 'member.lv');
    expect(headOf(html)).toContain(
      '<span class="shell-link" data-href="/meetings">All meetings</span></div><h1 class="shell-title">Invited-only expert group</h1>',
    );
  });

  it('is revalidated by its words: the same reader is told it still holds, another reader gets their own', async () => {
    const first = await fetchPage(`/t/${openThread}`, 'member.pl');
    const etag = first.headers['etag'] ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect((await fetchPage(`/t/${openThread}`, 'member.pl', { 'if-none-match': etag })).status).toBe(304);
    const closed = await fetchPage(`/t/${groupThread}`, 'member.lv', { 'if-none-match': etag });
    expect(closed.status).toBe(200);
    expect(headOf(closed.html)).toContain('Joint referral procedure draft');
  });

  it('costs the session and the page’s own read: two statements for a member, one for a visitor', async () => {
    const cookie = await app.cookieOf('member.pl');
    await app.drainEffects();
    const member = await app.countStatements(() => fetchPage(`/t/${openThread}`, null, { cookie }));
    const visitor = await app.countStatements(() => fetchPage(`/t/${openThread}`));
    expect([member.length, visitor.length]).toEqual([2, 1]);
  });
});

describe('what a reader may not see gets no head: the same page as for a thing that does not exist', () => {
  const nowhere = {
    forum: `/forums/no-such-forum-${randomUUID().slice(0, 8)}`,
    thread: `/t/${randomUUID()}`,
    meeting: `/meetings/${randomUUID()}`,
  };

  it("a closed group's forum and thread, to a visitor and to a member outside it", async () => {
    for (const as of [null, 'member.pl'] as const) {
      for (const [hidden, missing] of [
        [`/forums/${group.slug}`, nowhere.forum],
        [`/t/${groupThread}`, nowhere.thread],
      ] as const) {
        const [seen, absent] = [await fetchPage(hidden, as), await fetchPage(missing, as)];
        expect(seen.html, `${hidden} as ${as ?? 'visitor'}`).toBe(absent.html);
        expect(seen.html).not.toContain('Closed Latvian working group');
        expect(seen.html).not.toContain('Joint referral');
        expect(headOf(seen.html)).toBeNull();
        expect(seen.headers['cache-control']).toBe(absent.headers['cache-control']);
        expect(seen.headers['etag']).toBe(absent.headers['etag']);
      }
    }
    // To the member inside the group, the same addresses carry its name.
    expect(headOf((await fetchPage(`/forums/${group.slug}`, 'member.lv')).html)).toContain('Closed Latvian working group');
  });

  it('a meeting, to a visitor and to a member it is not shared with', async () => {
    for (const as of [null, 'member.pl'] as const) {
      const [seen, absent] = [await fetchPage(`/meetings/${meeting}`, as), await fetchPage(nowhere.meeting, as)];
      expect(seen.html).toBe(absent.html);
      expect(seen.html).not.toContain('Invited-only');
    }
  });

  it('an address that names nothing, rather than an error', async () => {
    for (const address of ['/t/not-an-id', '/meetings/42', '/t/%E2%82%AC']) {
      const { status, html } = await fetchPage(address, 'member.lv');
      expect(status, address).toBe(200);
      expect(headOf(html), address).toBeNull();
      expect(html).toContain('shell-bar');
    }
  });
});

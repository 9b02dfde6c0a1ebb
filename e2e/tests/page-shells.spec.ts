import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, isPhone, signInApi, test } from './fixtures.js';

// The pages whose fixed heading and introduction the build writes into their own copy of index.html
// (client/scripts/page-shells.ts), as the server sends them: a phone paints those words from the HTML alone,
// before any script has run. Each must be exactly the head the page then renders, in the same place.
interface ShellEntry {
  path: string;
  audience: 'visitor' | 'member';
  /** `chunks`: a page whose head is data (`/t/:id`) gets a copy that names its chunks instead (scripts/page-preloads.ts). */
  kind: 'head' | 'chunks';
}
const manifest: unknown = JSON.parse(readFileSync(new URL('../../client/dist/page-shells/manifest.json', import.meta.url), 'utf8'));
const shells: ShellEntry[] =
  typeof manifest === 'object' && manifest !== null && 'shells' in manifest && Array.isArray(manifest.shells) ? manifest.shells : [];
const shellsFor = (audience: ShellEntry['audience']) =>
  shells.filter((shell) => shell.audience === audience && shell.kind === 'head').map((s) => s.path);

/** A promise to hold something on, and the function that lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let resolveOpened: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => {
    resolveOpened = resolve;
  });
  return { opened, open: () => resolveOpened?.() };
}

const measure = async (locator: Locator) =>
  (await locator.count()) === 0 ? null : { text: await locator.textContent(), box: await locator.boundingBox() };

/** The heading's and introduction's words and boxes, in the static shell (scripts off) or in the page React renders. */
async function headOf(page: Page, where: 'shell' | 'page') {
  // The page's own heading: the first page's skeleton shows the same words, hidden from assistive technology.
  const heading = where === 'shell' ? page.locator('.shell-title') : page.getByRole('main').getByRole('heading', { level: 1 });
  const intro = heading.locator('xpath=following-sibling::p[1]');
  return { heading: await measure(heading), intro: await measure(intro) };
}

/** The links above a data page's title in the shell (spans that name their address), in order. */
async function shellLinksOf(page: Page) {
  const links = [];
  for (const link of await page.locator('.shell-link').all()) {
    links.push({ href: (await link.getAttribute('data-href')) ?? '', text: await link.textContent(), box: await link.boundingBox() });
  }
  return links;
}

async function shellHead(browser: Browser, page: Page, path: string) {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: page.viewportSize(),
    ...(cookie ? { extraHTTPHeaders: { cookie } } : {}),
  });
  try {
    const scriptless = await context.newPage();
    await scriptless.goto(path);
    return { ...(await headOf(scriptless, 'shell')), links: await shellLinksOf(scriptless) };
  } finally {
    await context.close();
  }
}

const near = (before: number, after: number) => Math.abs(before - after) <= 1;

async function expectSameHead(browser: Browser, page: Page, path: string) {
  const shell = await shellHead(browser, page, path);
  expect(shell.heading?.text, `${path}: the shell's heading`).toBeTruthy();
  await page.goto(path);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(shell.heading?.text ?? '');
  const rendered = await headOf(page, 'page');
  expect(rendered.intro?.text ?? null, `${path}: the introduction`).toBe(shell.intro?.text ?? null);
  for (const part of ['heading', 'intro'] as const) {
    const [before, after] = [shell[part]?.box, rendered[part]?.box];
    expect(Boolean(before), `${path}: the ${part} is in both or in neither`).toBe(Boolean(after));
    if (!before || !after) continue;
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(before[side] - after[side]), `${path}: the ${part}'s ${side} (${before[side]} → ${after[side]})`).toBeLessThanOrEqual(
        1,
      );
    }
  }
  // The links above a data page's title: the same words where the page has its links. Their left edge, top and
  // height; a link in a column stretches to the column's width, the shell's span does not.
  for (const link of shell.links) {
    const pageLink = page.getByRole('main').locator(`a[href="${link.href}"]`).first();
    await expect(pageLink, `${path}: the link to ${link.href}`).toHaveText(link.text ?? '');
    const [before, after] = [link.box, await pageLink.boundingBox()];
    expect(
      before && after && (['x', 'y', 'height'] as const).every((side) => near(before[side], after[side])),
      `${path}: the link to ${link.href} (${JSON.stringify(before)} → ${JSON.stringify(after)})`,
    ).toBe(true);
  }
  return shell;
}

test("a visitor's pages paint their head from the HTML, in the words and place the page renders", async ({ browser, page }) => {
  const paths = [...new Set(shellsFor('visitor'))];
  expect(paths).toEqual(expect.arrayContaining(['/', '/experts', '/organisations', '/map', '/forums']));
  // Every page on the phone, where the shell matters most. On the laptop, one page of each layout: the pages of a
  // layout share their header and width, and the phone has already compared each one's words.
  for (const path of isPhone(page) ? paths : ['/', '/organisations']) await expectSameHead(browser, page, path);
});

test("a member's pages get the member's head: the map's introduction for members, and no welcome at home", async ({ browser, page }) => {
  await signInApi(page.request, 'member.pl');
  expect(shellsFor('member')).toContain('/map');
  expect(shellsFor('member')).not.toContain('/');
  for (const path of ['/map', '/organisations']) await expectSameHead(browser, page, path);
  const home = await page.request.get('/', { headers: { accept: 'text/html' } });
  expect(await home.text()).not.toContain('data-shell-head');
});

test('the head stays on screen while the first page loads its code, instead of blinking to placeholders', async ({ page }) => {
  // Hold the data layer's chunk: React has mounted its shell, but the page cannot render yet.
  const held = gate();
  await page.route(/\/assets\/data-[\w-]+\.js$/, async (route) => {
    await held.opened;
    await route.continue();
  });
  await page.goto('/organisations');
  const loading = page.getByTestId('loading');
  await expect(loading).toBeVisible();
  await expect(loading.getByTestId('first-page-head').getByRole('heading', { level: 1, includeHidden: true })).toHaveText('Organisations');
  await expect(loading.getByTestId('first-page-head')).toContainText('Find the organisations');
  held.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test("a visitor's map keeps the visitors' introduction while it asks who reads it, instead of a member's", async ({ page }) => {
  const held = gate();
  await page.route(/\/graphql$/, async (route) => {
    const body: { operationName?: unknown } | null = route.request().postDataJSON();
    if (body?.operationName === 'Viewer') await held.opened;
    await route.continue();
  });
  await page.goto('/map');
  const heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Map' });
  const intro = heading.locator('xpath=following-sibling::p[1]');
  await expect(heading).toBeVisible();
  await expect(intro).toHaveText(/with the organisations of the network/);
  held.open();
  // The reader is known (a visitor) once the map itself shows.
  await expect(page.getByRole('group', { name: 'Map of the Baltic Sea Region' })).toBeVisible();
  await expect(intro).toHaveText(/with the organisations of the network/);
});

test("a forum's and a thread's pages name their chunks in the HTML: they load beside the entry, and the router asks for none again", async ({
  page,
}) => {
  expect(shells.filter((shell) => shell.kind === 'chunks').map((shell) => shell.path)).toEqual(
    expect.arrayContaining(['/forums/:slug', '/t/:id', '/meetings/:id']),
  );
  await page.goto('/forums/referral-mechanisms-bsr');
  const threadLink = page.locator('main a[href^="/t/"]').first();
  await expect(threadLink).toBeVisible();
  const threadPath = (await threadLink.getAttribute('href')) ?? '';
  for (const path of ['/forums/referral-mechanisms-bsr', threadPath]) {
    const html = await (await page.request.get(path, { headers: { accept: 'text/html' } })).text();
    const named = [...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)">/g)].map((match) => match[1]);
    // More than the entry's own two (the runtime and the framework): the page's and the data layer's chunks.
    expect(named.length, `${path}: chunks named in the HTML`).toBeGreaterThan(5);
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    const inDocument = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(inDocument, `${path}: the router added no preload of its own`).toEqual(named);
  }
});

test("a forum's, a thread's and a meeting's pages paint their title from the HTML, where the page renders it, for a reader who may see them", async ({
  browser,
  page,
}) => {
  await page.goto('/forums/referral-mechanisms-bsr');
  const threadPath = (await page.locator('main a[href^="/t/"]').first().getAttribute('href')) ?? '';
  const forum = await expectSameHead(browser, page, '/forums/referral-mechanisms-bsr');
  expect(forum.links.map((link) => link.text)).toEqual(['All forums']);
  const thread = await expectSameHead(browser, page, threadPath);
  expect(thread.links.map((link) => link.href)).toEqual(['/forums', '/forums/referral-mechanisms-bsr']);
  await signInApi(page.request, 'member.pl');
  await page.goto('/meetings');
  const meetingPath = (await page.locator('main a[href^="/meetings/"]').first().getAttribute('href')) ?? '';
  expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
  const meeting = await expectSameHead(browser, page, meetingPath);
  expect(meeting.links.map((link) => link.text)).toEqual(['All meetings']);
});

test("the meeting's title stays on screen while the page asks who reads it and for the meeting", async ({ page }) => {
  await signInApi(page.request, 'member.pl');
  await page.goto('/meetings');
  const meetingLink = page.locator('main a[href^="/meetings/"]').first();
  const title = (await meetingLink.textContent()) ?? '';
  const meetingPath = (await meetingLink.getAttribute('href')) ?? '';
  // Notes every moment React shows a loading page without the head: the head must not blink away at any step
  // (the router's fallback, the wait for the reader, the wait for the meeting).
  await page.addInitScript(() => {
    let headless = 0;
    const observer = new MutationObserver(() => {
      // Until the page itself renders its heading (then the sections' own placeholders may load below it).
      if ([...document.querySelectorAll('main h1')].some((h1) => !h1.closest('[aria-hidden="true"]'))) return observer.disconnect();
      const loading = document.querySelector('main [data-testid="loading"]');
      if (loading && !loading.querySelector('[data-testid="first-page-head"]'))
        document.documentElement.dataset['headless'] = String(++headless);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const held = gate();
  const asked = { viewer: gate(), meeting: gate() };
  await page.route(/\/graphql$/, async (route) => {
    const body: { operationName?: unknown } | null = route.request().postDataJSON();
    if (body?.operationName === 'Viewer') asked.viewer.open();
    if (body?.operationName === 'MeetingDetail') asked.meeting.open();
    if (body?.operationName === 'MeetingDetail' || body?.operationName === 'Viewer') await held.opened;
    await route.continue();
  });
  await page.goto(meetingPath);
  await Promise.all([asked.viewer.opened, asked.meeting.opened]);
  const loading = page.getByTestId('loading');
  await expect(loading.getByTestId('first-page-head').getByRole('heading', { level: 1, includeHidden: true })).toHaveText(title);
  held.open();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(loading).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-headless');
});

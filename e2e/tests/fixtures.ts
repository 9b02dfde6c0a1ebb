import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type Response,
  type TestInfo,
} from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { PORT } from '../server.config.js';

export { expect };

/**
 * Each journey comes from its own address (the e2e server trusts the loopback proxy's X-Forwarded-For), as its
 * people would: the server's per-address budgets (sign-in: 50 per 15 minutes) would otherwise add up over the
 * whole suite, which all comes from 127.0.0.1, and refuse its later journeys.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': visitorAddress(testInfo) });
  },
});

/** A stable address per test, project and retry, in 198.18.0.0/15 (reserved for benchmarking, never routed). */
function visitorAddress(testInfo: TestInfo): string {
  const digest = createHash('sha256').update(`${testInfo.testId}:${testInfo.project.name}:${testInfo.retry}`).digest();
  return `198.${18 + (digest[0]! % 2)}.${digest[1]}.${digest[2]}`;
}

/**
 * A random word of letters to make a title unique. Letters only: random hex is sometimes all digits ("33452885"),
 * which the victim-data guardrail rightly reads as a phone number and refuses.
 */
export function uniqueWord(length = 8): string {
  return randomUUID()
    .replaceAll('-', '')
    .slice(0, length)
    .replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);
}

/** The documented demo accounts (README, "Demo data"). */
export const DEMO_PASSWORD = 'baltic-demo-password';
const DEMO_TOTP_SECRET = 'KRUGS4ZAONSWG4TFOQQGS4ZAMRSW23ZAN5XGY6I';
export type DemoAccount = 'admin' | 'coordinator.lv' | 'coordinator.lt' | 'moderator' | 'member.lv' | 'member.pl';
export const demoEmail = (name: DemoAccount) => `${name}@demo.strom.invalid`;

// Kept in files, not memory: each Playwright project may run in a new worker process. One file per server (its
// port): the server remembers the last step it accepted, and runs against other servers (a second shard, another
// work tree's run) have their own.
const stepFile = (account: DemoAccount) => path.join(tmpdir(), `strom-e2e-totp-${PORT}-${account}`);
const lastStepUsed = (account: DemoAccount) => (existsSync(stepFile(account)) ? Number(readFileSync(stepFile(account), 'utf8')) : null);

/**
 * A fresh code for the account. The server accepts a code of the current 30-second step or the ones either side of
 * it, but never a step older than or equal to one it accepted before: when this run already used the current step,
 * the next one is taken early, and only when that one is used too is there a wait.
 */
export async function freshTotp(account: DemoAccount): Promise<string> {
  const current = Math.floor(Date.now() / 30_000);
  const step = Math.max(current, (lastStepUsed(account) ?? current - 1) + 1);
  if (step > current + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 200));
  writeFileSync(stepFile(account), String(step));
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: step * 30_000 + 1000,
  });
}

/**
 * On a phone the navigation sits behind the menu button: Mantine's Burger shows below the sm breakpoint (48em).
 * Decided by the viewport rather than by looking for the button, which may not have rendered yet.
 */
/** Picks from a Mantine Select (a searchable combobox): type to narrow, then choose the first option by keyboard. */
export async function choose(page: Page, label: string, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(option);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(input).toHaveValue(option);
}

export const isPhone = (page: Page): boolean => (page.viewportSize()?.width ?? 0) < 768;

/**
 * On a phone the directory's filters fold behind "Filters (n)" so the first results show on the first screen:
 * open them before using a filter. On a laptop they are always shown.
 */
export async function openFilters(page: Page): Promise<void> {
  if (!isPhone(page)) return;
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/**
 * Scans the page once it has loaded; every WCAG 2.1 A/AA rule must pass. Colour contrast that axe could not
 * decide ("needs review": text over a tinted or layered background) fails too: blue-on-blue buttons passed
 * the scan that way once.
 */
export async function expectNoAxeViolations(
  page: Page,
  /**
   * 'zoomed-svg': axe lays the page out by bounding boxes, and a zoomed SVG group reports its box unclipped by the
   * figure around it, so the text beside a zoomed map reads to axe as "overlapped" though nothing covers it.
   */
  { overlapping }: { overlapping?: 'zoomed-svg' } = {},
): Promise<void> {
  // Pages and lists show an aria-busy placeholder (ui/PageSkeleton, ui/ListSkeleton) until their data is in.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // From the top: a scan scrolled down finds text under the map's sticky column and cannot decide its background.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // Undecided for a reason about colour (a tinted, layered or translucent background), not for a glyph that is no text.
  const undecidedContrast = results.incomplete
    .filter((result) => result.id === 'color-contrast')
    .map((result) => ({
      ...result,
      nodes: result.nodes.filter(
        (node) =>
          !isSvgText(node.html) &&
          !node.any.some(
            (check) => NOT_TEXT.has(messageKey(check.data)) || (overlapping === 'zoomed-svg' && messageKey(check.data) === 'bgOverlap'),
          ),
      ),
    }))
    .filter((result) => result.nodes.length > 0);
  const summary = [...results.violations, ...undecidedContrast].map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary}` : ''}`).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/**
 * axe's reasons for leaving a contrast undecided that are not about colours: a glyph that is no text (an icon, a
 * "·"), or an element partly under another one (the sticky header, a dialog's edge) at the moment of the scan.
 */
const NOT_TEXT = new Set(['nonBmp', 'shortTextContent', 'pseudoContent', 'elmPartiallyObscured']);
/** SVG text (the map's labels and cluster counts) sits on shapes axe cannot read: client/src/features/map/mapContrast.test.ts checks it. */
const isSvgText = (html: string) => html.startsWith('<text');
const messageKey = (data: unknown): string =>
  typeof data === 'object' && data !== null && 'messageKey' in data ? String(data.messageKey) : '';

/** The response to the page's next GraphQL operation of that name whose variables pass `matches`. */
export function graphqlResponse(page: Page, operationName: string, matches: (variables: any) => boolean = () => true): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    const body: { operationName?: unknown; variables?: unknown } | null = response.request().postDataJSON();
    return body?.operationName === operationName && matches(body.variables ?? {});
  });
}

/** Calls the API; the request context keeps the session cookie between calls, like a browser. */
export async function graphql<T>(request: APIRequestContext, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Signs the API request context in (members without a second factor only). */
export async function signInApi(request: APIRequestContext, name: DemoAccount): Promise<void> {
  await graphql(
    request,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          viewer {
            id
          }
        }
      }
    `,
    {
      input: { email: demoEmail(name), password: DEMO_PASSWORD },
    },
  );
}

const hasSecondFactor = (name: DemoAccount) => name === 'admin' || name.startsWith('coordinator');

/**
 * Signs in through the page, with the second factor where the account has one. A code cannot be replayed, so each
 * sign-in with a second factor after the first two within a minute waits for the next 30-second step: 21 of them in
 * a shard waited minutes. An account with a second factor therefore signs in through the page once per server, and
 * later journeys resume that session while the server still accepts it; `throughThePage` forces the whole flow.
 */
export async function signInUi(page: Page, name: DemoAccount, { throughThePage = false } = {}): Promise<void> {
  if (hasSecondFactor(name) && !throughThePage && (await resumeSession(page, name))) return;
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: false }).first().fill(demoEmail(name));
  await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (hasSecondFactor(name)) {
    await page
      .getByLabel(/code/i)
      .first()
      .fill(await freshTotp(name));
    await page.getByRole('button', { name: /verify|sign in|continue/i }).click();
  }
  await expect(page).not.toHaveURL(/\/sign-in/);
  if (hasSecondFactor(name)) await keepSession(page, name);
}

type KeptSession = { viewerId: string; cookies: Awaited<ReturnType<BrowserContext['cookies']>> };

// In files for the reason the TOTP steps are (a project's journeys may run in more than one worker process).
const sessionFile = (account: DemoAccount) => path.join(tmpdir(), `strom-e2e-session-${PORT}-${account}.json`);

async function keepSession(page: Page, name: DemoAccount): Promise<void> {
  const viewerId = await signedInAs(page);
  expect(viewerId).not.toBeNull();
  const kept: KeptSession = { viewerId: viewerId!, cookies: await page.context().cookies() };
  writeFileSync(sessionFile(name), JSON.stringify(kept));
}

/** Whether the page now holds the account's session from an earlier journey (false when the server ended it). */
async function resumeSession(page: Page, name: DemoAccount): Promise<boolean> {
  if (!existsSync(sessionFile(name))) return false;
  const kept = JSON.parse(readFileSync(sessionFile(name), 'utf8')) as KeptSession;
  await page.context().addCookies(kept.cookies);
  if ((await signedInAs(page)) !== kept.viewerId) {
    await page.context().clearCookies();
    return false;
  }
  await page.goto('/');
  return true;
}

/** The id of the member the page's cookies sign in, or null. */
async function signedInAs(page: Page): Promise<string | null> {
  const { viewer } = await graphql<{ viewer: { id: string } | null }>(page.request, '{ viewer { id } }');
  return viewer?.id ?? null;
}

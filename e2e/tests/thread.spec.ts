import { type APIRequestContext, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import { XSS_CORPUS, XSS_EXPERT_ID } from '../../server/src/core/content/xss-corpus.test-support.js';
import { type DemoAccount, expect, expectNoAxeViolations, graphql, signInApi, signInUi, test } from './fixtures.js';

test.setTimeout(120_000);

/** A fresh thread in the demo's regional NETWORK forum (every member reads it), started by member.lv. */
async function newThread(request: APIRequestContext, title: string): Promise<string> {
  await signInApi(request, 'member.lv');
  const { forums } = await graphql<{ forums: { id: string; visibility: string; level: string }[] }>(
    request,
    `
      {
        forums {
          id
          visibility
          level
        }
      }
    `,
  );
  const forum = forums.find((f) => f.visibility === 'NETWORK' && f.level === 'REGIONAL') ?? forums.find((f) => f.visibility === 'NETWORK')!;
  const { createThread } = await graphql<{ createThread: { id: string } }>(
    request,
    `
      mutation ($input: CreateThreadInput!) {
        createThread(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        clientId: crypto.randomUUID(),
        forumId: forum.id,
        title,
        source: 'How does your municipality refer a case of labour exploitation?',
      },
    },
  );
  return createThread.id;
}

async function addPost(request: APIRequestContext, threadId: string, source: string): Promise<void> {
  await graphql(
    request,
    `
      mutation ($input: AddPostInput!) {
        addPost(input: $input) {
          id
        }
      }
    `,
    {
      input: { clientId: crypto.randomUUID(), threadId, source },
    },
  );
}

/** A signed-in browser context of its own (its own cookies and socket), on the thread. */
async function readerOn(browser: Browser, account: DemoAccount, threadId: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await before?.(page);
  await signInUi(page, account);
  await page.goto(`/t/${threadId}`);
  await expect(page.getByRole('list', { name: 'Posts' })).toBeVisible();
  return page;
}

const postBodies = (page: Page) => page.getByRole('list', { name: 'Posts' }).locator('[data-post-body]');

test('a reply posted by one member appears live for another, and the page is accessible', async ({ page, browser, request }) => {
  const threadId = await newThread(request, 'Live replies between Rīga and Gdańsk');
  await signInUi(page, 'member.lv');
  await page.goto(`/t/${threadId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Live replies between Rīga and Gdańsk' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Forums' })).toBeVisible();
  const other = await readerOn(browser, 'member.pl', threadId);
  await expectNoAxeViolations(other);

  await page.getByLabel('Reply (Markdown)').fill('We refer through the **municipal contact point** first.');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByLabel('Preview').locator('strong')).toHaveText('municipal contact point');
  await page.getByRole('tab', { name: 'Write' }).click();
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.getByText('Your reply is posted.')).toBeVisible();

  await expect(postBodies(other).last()).toHaveText('We refer through the municipal contact point first.');
  await expect(postBodies(page)).toHaveCount(2);
  // Reaching the end of the thread marks it read.
  await other.getByText('You have reached the latest post.').scrollIntoViewIfNeeded();
  const unread = async () =>
    (
      await graphql<{ thread: { unreadCount: number } }>(
        other.request,
        `
          query ($id: ID!) {
            thread(id: $id) {
              unreadCount
            }
          }
        `,
        { id: threadId },
      )
    ).thread.unreadCount;
  await expect.poll(unread).toBe(0);
  await expectNoAxeViolations(page);
  await other.context().close();
});

test('a draft survives a reload; the guardrail flags a phone number, the author confirms it, and the reply goes out', async ({
  page,
  request,
}) => {
  const threadId = await newThread(request, 'Hotline numbers for seasonal workers');
  await signInUi(page, 'member.pl');
  await page.goto(`/t/${threadId}`);
  const reply = page.getByLabel('Reply (Markdown)');
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'SaveDraft');
  await reply.fill('Our night line is +48 22 628 01 20 for anyone who needs it.');
  await saved;
  await page.reload();
  await expect(reply).toHaveValue('Our night line is +48 22 628 01 20 for anyone who needs it.');

  const panel = page.getByRole('region', { name: "Victims' personal data" });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post reply' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: /^This is not a victim's personal data/ }).click();
  await expect(panel.getByRole('button', { name: /^Undo confirmation/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.getByText('Your reply is posted.')).toBeVisible();
  await expect(postBodies(page).last()).toContainText('+48 22 628 01 20');
  await page.reload();
  await expect(reply).toHaveValue('');
});

test('a mention picked from the suggestions notifies the member mentioned', async ({ page, browser, request }) => {
  const threadId = await newThread(request, 'Who handles seasonal workers in Gdańsk?');
  const other = await readerOn(browser, 'member.pl', threadId);
  const bell = other.getByRole('link', { name: /^Notifications/ }).first();
  const { unreadNotificationCount: before } = await graphql<{ unreadNotificationCount: number }>(
    other.request,
    `
      {
        unreadNotificationCount
      }
    `,
  );
  const { viewer } = await graphql<{ viewer: { expert: { fullName: string } } }>(
    other.request,
    `
      {
        viewer {
          expert {
            fullName
          }
        }
      }
    `,
  );
  const name = viewer.expert.fullName;

  await signInUi(page, 'member.lv');
  await page.goto(`/t/${threadId}`);
  const reply = page.getByLabel('Reply (Markdown)');
  await reply.fill(`Could you help here, @${name.split(' ')[0]!.slice(0, 4)}`);
  await page.getByRole('button', { name: `Mention ${name}` }).click();
  await expect(reply).toHaveValue(new RegExp(`@\\[${name}\\]\\(expert:`));
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(postBodies(page).last().getByRole('link', { name })).toBeVisible();

  await expect(bell).toHaveAttribute('aria-label', `Notifications, ${before + 1} unread`);
  await other.goto('/notifications');
  await expect(other.getByRole('link', { name: 'Who handles seasonal workers in Gdańsk?' }).first()).toBeVisible();
  await other.context().close();
});

test('the worst XSS vectors, posted and rendered, execute nothing', async ({ page, request }) => {
  const threadId = await newThread(request, 'Markup that must not run');
  const { viewer } = await graphql<{ viewer: { expert: { id: string } } }>(
    request,
    `
      {
        viewer {
          expert {
            id
          }
        }
      }
    `,
  );
  const worst = XSS_CORPUS.filter((vector) => vector.worst);
  expect(worst).toHaveLength(10);
  // A mention must name someone in the directory: the member's own profile stands in for the unknown id.
  for (const vector of worst) await addPost(request, threadId, vector.markdown.replaceAll(XSS_EXPERT_ID, viewer.expert.id));

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const flag = () => Object.assign(window, { xssRan: true });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      Object.assign(window, { [name]: (...args: unknown[]) => (flag(), (original as (...a: unknown[]) => unknown)(...args)) });
    }
  });
  await signInUi(page, 'member.pl');
  await page.goto(`/t/${threadId}`);
  await expect(page.getByRole('list', { name: 'Posts' }).getByRole('article')).toHaveCount(worst.length + 1);
  // Click every link the posts render: none may lead to script.
  for (const link of await page.locator('[data-post-body] a').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  // A payload would run from an element's load or error handler: let every request the posts started settle first.
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { xssRan?: boolean }).xssRan ?? false)).toBe(false);
  await expect(
    page.locator('[data-post-body] script, [data-post-body] iframe, [data-post-body] svg, [data-post-body] [onerror]'),
  ).toHaveCount(0);
});

test('after the socket drops during a burst of 50 posts, the reader has all 50, once each, in order', async ({ browser, request }) => {
  const threadId = await newThread(request, 'Burst of posts');
  const sockets: WebSocketRoute[] = [];
  const reader = await readerOn(browser, 'member.pl', threadId, (page) =>
    page.routeWebSocket(/\/graphql$/, (ws) => {
      ws.connectToServer();
      sockets.push(ws);
    }),
  );
  await expect.poll(() => sockets.length).toBeGreaterThan(0);
  const texts = Array.from({ length: 50 }, (_, i) => `Burst post ${i + 1}`);
  for (const [i, text] of texts.entries()) {
    if (i === 15) await sockets.at(-1)!.close({ code: 1012, reason: 'dropped by the test' });
    await addPost(request, threadId, text);
  }
  await expect.poll(() => sockets.length).toBeGreaterThan(1);
  const bodies = postBodies(reader);
  await expect(bodies).toHaveCount(51, { timeout: 30_000 });
  expect((await bodies.allTextContents()).slice(1)).toEqual(texts);
  await reader.context().close();
});

test('a member flags a post; a moderator reacts, hides it and locks the thread, as the member sees live and after a reload', async ({
  page,
  browser,
  request,
}) => {
  const threadId = await newThread(request, 'A post for the moderators');
  await signInUi(page, 'member.pl');
  await page.goto(`/t/${threadId}`);
  const first = page.getByRole('list', { name: 'Posts' }).getByRole('article').first();
  await first.getByRole('button', { name: 'Flag' }).click();
  await first.getByLabel('Why should the moderators look at this post?').fill('Off topic for this forum');
  await first.getByRole('button', { name: 'Send to moderators' }).click();
  await expect(first.getByText('Thank you: the moderators will review this post.')).toBeVisible();

  const moderator = await readerOn(browser, 'moderator', threadId);
  const flagged = moderator.getByRole('list', { name: 'Posts' }).getByRole('article').first();
  // Reactions arrive live with each reader's own kept: pressed for whoever gave one, counted for everyone.
  await flagged.getByRole('button', { name: 'Thanks 0' }).click();
  await expect(flagged.getByRole('button', { name: 'Thanks 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByRole('button', { name: 'Thanks 1' })).toHaveAttribute('aria-pressed', 'false');
  await first.getByRole('button', { name: 'Thanks 1' }).click();
  await expect(first.getByRole('button', { name: 'Thanks 2' })).toHaveAttribute('aria-pressed', 'true');
  await expect(flagged.getByRole('button', { name: 'Thanks 2' })).toHaveAttribute('aria-pressed', 'true');

  await flagged.getByRole('button', { name: 'Hide' }).click();
  await expect(flagged.getByText('Hidden from members')).toBeVisible();
  await moderator.getByRole('button', { name: 'Lock' }).click();
  await expect(moderator.getByText('Locked', { exact: true })).toBeVisible();
  await expectNoAxeViolations(moderator);

  // Both reach the member's open page live (threadChanged), before any reload.
  await expect(first.getByText('Hidden by a moderator')).toBeVisible();
  await expect(page.getByText('Locked', { exact: true })).toBeVisible();
  // The member's rights follow live too: the reply box gives way to the locked notice, and the hidden post takes no reactions.
  await expect(page.getByText('This thread is locked: only its moderators may reply.')).toBeVisible();
  await expect(page.getByLabel('Reply (Markdown)')).toHaveCount(0);
  await expect(first.getByRole('button', { name: /^Thanks/ })).toHaveCount(0);
  await page.reload();
  await expect(first.getByText('Hidden by a moderator')).toBeVisible();
  await expect(page.getByText('This thread is locked: only its moderators may reply.')).toBeVisible();
  await expect(page.getByLabel('Reply (Markdown)')).toHaveCount(0);
  await moderator.context().close();
});

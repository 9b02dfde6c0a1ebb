import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, signInApi, signInUi, test, uniqueWord } from './fixtures.js';

// The demo's regional NETWORK forum: member.pl and member.lv both read it.
const FORUM_SLUG = 'prevention-practice';

test.setTimeout(120_000);

const bell = (page: Page) => page.getByRole('link', { name: /^Notifications/ }).first();

test('a member watches a forum and hears of a new thread live; watches a thread; the choices stay after a reload', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInUi(page, 'member.pl');
  await page.goto(`/forums/${FORUM_SLUG}`);
  const forumWatch = page.getByRole('combobox', { name: 'Notifications for this forum' });
  await forumWatch.selectOption('WATCHING');
  await expect(page.getByText('You hear of every new thread.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(forumWatch).toHaveValue('WATCHING');

  // Another member starts a thread there: the watcher's bell counts it at once.
  const { unreadNotificationCount: before } = await graphql<{ unreadNotificationCount: number }>(
    page.request,
    `
      {
        unreadNotificationCount
      }
    `,
  );
  const other = await playwright.request.newContext({ baseURL });
  await signInApi(other, 'member.lv');
  const { forum } = await graphql<{ forum: { id: string } }>(other, `query { forum(slug: "${FORUM_SLUG}") { id } }`);
  const title = `School visits in Liepāja ${uniqueWord()}`;
  const { createThread } = await graphql<{ createThread: { id: string } }>(
    other,
    `
      mutation ($input: CreateThreadInput!) {
        createThread(input: $input) {
          id
        }
      }
    `,
    { input: { clientId: crypto.randomUUID(), forumId: forum.id, title, source: 'What did your school programme reach?' } },
  );
  await other.dispose();
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications, ${before + 1} unread`);

  // The thread's own control: every post of it.
  await page.goto(`/t/${createThread.id}`);
  const threadWatch = page.getByRole('combobox', { name: 'Notifications' });
  await expect(threadWatch).toHaveValue('NORMAL');
  await threadWatch.selectOption('WATCHING');
  await expect(threadWatch).toBeEnabled();
  await page.reload();
  await expect(threadWatch).toHaveValue('WATCHING');
  await expectNoAxeViolations(page);

  // Back as it was, for the next run of this journey (the phone's).
  await page.goto(`/forums/${FORUM_SLUG}`);
  await forumWatch.selectOption('NORMAL');
  await expect(page.getByText('You hear only when you are mentioned or answered.')).toBeVisible();
});

test('a member chooses a weekly digest on their weekday and no mention mails, in account settings', async ({ page }) => {
  await signInUi(page, 'member.pl');
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'E-mail notifications' });
  const mentions = form.getByRole('checkbox', { name: 'E-mail me at once when someone mentions me' });
  await expect(mentions).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Daily' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Day of the weekly digest' })).toHaveCount(0);

  await mentions.uncheck();
  await form.getByRole('radio', { name: 'Weekly' }).check();
  await form.getByRole('combobox', { name: 'Day of the weekly digest' }).selectOption({ label: 'Thursday' });
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save e-mail settings' }).click();
  await expect(form.getByText('Your e-mail settings are saved.')).toBeVisible();

  await page.reload();
  await expect(form.getByRole('radio', { name: 'Weekly' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Day of the weekly digest' })).toHaveValue('4');
  await expect(mentions).not.toBeChecked();

  // Back to the defaults, for the next run of this journey (the phone's).
  await mentions.check();
  await form.getByRole('radio', { name: 'Daily' }).check();
  await form.getByRole('button', { name: 'Save e-mail settings' }).click();
  await expect(form.getByText('Your e-mail settings are saved.')).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, isPhone, signInApi, signInUi, test, uniqueWord } from './fixtures.js';

const PUBLIC_FORUM = 'Referral mechanisms across the BSR';
const GROUP_FORUM = 'Joint referral procedure: Riga, Jelgava and Liepāja';
// A valid PESEL (checksum) and a Polish mobile number: both look like a victim's personal data to the guardrail.
const PESEL = '44051401359';
const PHONE = '+48 601 234 567';

// Journeys with several axe scans, and a coordinator's two-factor sign-in that may wait for a new 30-second step.
test.setTimeout(120_000);

async function openForumsFromNavigation(page: Page): Promise<void> {
  await page.goto('/');
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forums' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forums' })).toBeVisible();
}

test('a visitor and an outsider see the public forums but not a closed group', async ({ page }) => {
  await page.goto('/forums');
  await expect(page.getByRole('link', { name: PUBLIC_FORUM })).toBeVisible();
  await expect(page.getByRole('link', { name: GROUP_FORUM })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await signInUi(page, 'member.pl');
  await openForumsFromNavigation(page);
  await expect(page.getByRole('link', { name: PUBLIC_FORUM })).toBeVisible();
  await expect(page.getByRole('link', { name: GROUP_FORUM })).toHaveCount(0);
  await page.goto('/forums/riga-jelgava-liepaja-referral');
  await expect(page.getByRole('heading', { level: 1, name: 'Forum not found' })).toBeVisible();
});

test('a member starts a thread: the guardrail catches a PESEL and a phone, one is removed and one confirmed', async ({ page }) => {
  await signInUi(page, 'member.pl');
  await openForumsFromNavigation(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: PUBLIC_FORUM }).click();
  await expect(page.getByRole('heading', { level: 1, name: PUBLIC_FORUM })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Threads' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Start a thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a thread' })).toBeVisible();
  const title = `Cross-border referral to Gdańsk ${uniqueWord()}`;
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await page.getByRole('combobox', { name: 'Tags' }).fill('Referral,');
  await page.getByRole('textbox', { name: /^Message/ }).fill(`Her PESEL is ${PESEL}. The shelter line in Gdańsk is ${PHONE}.`);
  const panel = page.getByRole('region', { name: "Victims' personal data" });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: `Remove “${PESEL}” from the text` }).click();
  // The text is checked again a moment after the cut, and the list closes up: the phone's buttons move up under the
  // pointer. Wait for it, as a reader would, or the next click can land where the button was.
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: `This is not a victim's personal data: “${PHONE}”` }).click();
  await expect(panel).toContainText("You confirmed that every marked passage is not a victim's personal data.");
  await expect(page.getByRole('textbox', { name: /^Message/ })).not.toHaveValue(new RegExp(PESEL));
  await page.getByRole('button', { name: 'Start the thread' }).click();
  await expect(page).toHaveURL(/\/t\/[0-9a-f-]{36}$/);

  await page.goto('/forums/referral-mechanisms-bsr');
  await expect(page.getByRole('list', { name: 'Threads' }).getByRole('link', { name: title })).toBeVisible();
});

test('a moderator hides a flagged post from the queue, giving a reason', async ({ page, playwright, baseURL }) => {
  // A member starts a thread and flags its post, through the API.
  const member = await playwright.request.newContext({ baseURL });
  await signInApi(member, 'member.pl');
  const title = `Shelter capacity question ${uniqueWord()}`;
  const { forum } = await graphql<{ forum: { id: string } }>(
    member,
    `
      query {
        forum(slug: "referral-mechanisms-bsr") {
          id
        }
      }
    `,
  );
  const { createThread } = await graphql<{ createThread: { posts: { edges: { node: { id: string } }[] } } }>(
    member,
    `
      mutation ($input: CreateThreadInput!) {
        createThread(input: $input) {
          id
          posts(first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    `,
    { input: { clientId: randomUUID(), forumId: forum.id, title, source: 'Which shelters in the region take men with children?' } },
  );
  const postId = createThread.posts.edges[0]!.node.id;
  await graphql(
    member,
    `
      mutation ($postId: ID!) {
        flagPost(postId: $postId, reason: "Off topic for this forum") {
          id
        }
      }
    `,
    { postId },
  );
  await member.dispose();

  await signInUi(page, 'moderator');
  await page.goto('/forums/moderation');
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
  const card = page.getByRole('list', { name: 'Flagged posts' }).locator(':scope > li').filter({ hasText: title });
  await expect(card).toContainText('Off topic for this forum');
  await expectNoAxeViolations(page);

  await card.getByRole('button', { name: `Hide post in “${title}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Hide post' });
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Off topic: moved to the shelters forum');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Hide post' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The post is hidden and its flags are resolved.' })).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('a coordinator creates a national forum for their country and edits it', async ({ page }) => {
  await signInUi(page, 'coordinator.lv');
  await page.goto('/forums');
  await page.getByRole('link', { name: 'New forum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New forum' })).toBeVisible();
  const title = `Latvian shelters ${uniqueWord(6)}`;
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await page.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: /^Who may read it/ }).selectOption('NETWORK');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create the forum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/forums\/latvian-shelters-[a-z]{6}$/);
  await expect(page.getByText('No threads yet. Start the first one.')).toBeVisible();

  await page.getByRole('link', { name: 'Edit forum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${title}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Description' }).fill('Shelter places and referral contacts in Latvia.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Shelter places and referral contacts in Latvia.')).toBeVisible();
});

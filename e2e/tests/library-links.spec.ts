import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, signInApi, signInUi, test, uniqueWord } from './fixtures.js';

// The journey crosses three pages on a shared machine: more than one page load's worth of time.
test.setTimeout(240_000);

const RESOURCE_TITLE = 'Identification training, module 1: the first contact';

/** A thread of the demo's NETWORK forum, opened by member.lv through the API: the journey starts at its reply box. */
async function networkThread(request: APIRequestContext, title: string): Promise<string> {
  await signInApi(request, 'member.lv');
  const { forums } = await graphql<{ forums: { id: string; visibility: string }[] }>(
    request,
    `
      {
        forums {
          id
          visibility
        }
      }
    `,
  );
  const forumId = forums.find((forum) => forum.visibility === 'NETWORK')!.id;
  const { createThread } = await graphql<{ createThread: { id: string } }>(
    request,
    `
      mutation ($input: CreateThreadInput!) {
        createThread(input: $input) {
          id
        }
      }
    `,
    { input: { clientId: crypto.randomUUID(), forumId, title, source: 'Which training do you use for first contacts?' } },
  );
  return createThread.id;
}

test('a member links a library resource from a forum post, and the resource lists the post', async ({ page, request }) => {
  const title = `First contact training ${uniqueWord()}`;
  const threadId = await networkThread(request, title);
  await signInUi(page, 'member.lv');
  await page.goto(`/t/${threadId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });

  await page.getByLabel('Reply (Markdown)').fill('We start with ');
  await page.getByRole('button', { name: 'Link a library resource' }).click();
  await page.getByRole('textbox', { name: 'Find a library resource' }).fill('Identification training');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Link “${RESOURCE_TITLE}”` }).click();
  await expect(page.getByLabel('Reply (Markdown)')).toHaveValue(
    /^We start with \[Identification training, module 1: the first contact\]\(resource:[0-9a-f-]{36}\) $/,
  );
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByLabel('Preview').getByRole('link', { name: RESOURCE_TITLE })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Write' }).click();
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.getByText('Your reply is posted.')).toBeVisible({ timeout: 30_000 });

  const posts = page.getByRole('list', { name: 'Posts' });
  await posts.getByRole('link', { name: RESOURCE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: RESOURCE_TITLE })).toBeVisible({ timeout: 30_000 });
  const linkedFrom = page.getByRole('region', { name: 'Linked from' });
  await expect(linkedFrom.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 });
  await expect(linkedFrom.getByText('(Forum post)')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await linkedFrom.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
});

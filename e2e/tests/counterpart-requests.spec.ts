import type { Page } from '@playwright/test';
import { choose, DEMO_PASSWORD, expect, expectNoAxeViolations, graphql, signInUi, test, uniqueWord } from './fixtures.js';

test.setTimeout(120_000);

/** Klaipėda's contact point: a demo account of its own (no other journey changes its roles). */
async function signInAsKlaipedaContactPoint(page: Page) {
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: false }).first().fill('contact.klaipeda@demo.strom.invalid');
  await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test('a member in Liepāja sends a counterpart request to Klaipėda and the contact point there accepts it', async ({ page }) => {
  const word = uniqueWord();
  await signInUi(page, 'member.lv');
  const { municipalities } = await graphql<{ municipalities: { id: string; name: string }[] }>(
    page.request,
    `
      query {
        municipalities(countryCode: "LT") {
          id
          name
        }
      }
    `,
  );
  const klaipeda = municipalities.find((m) => m.name === 'Klaipėda')!;

  // From Klaipėda's page to a request addressed there.
  await page.goto(`/m/${klaipeda.id}`);
  await page.getByRole('link', { name: 'Ask for a counterpart' }).click();
  await expect(page).toHaveURL(/\/requests\/new\?municipality=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ask Klaipėda for a counterpart' })).toBeVisible({ timeout: 30_000 });
  await choose(page, 'Form of exploitation', 'Forced lab', 'Forced labour or services');
  await choose(page, 'Target group', 'Adult men', 'Adult men');
  await choose(page, 'Service needed', 'Safe ret', 'Safe return and repatriation');
  await page
    .getByRole('textbox', { name: /What do you need/ })
    .fill(`Safe return ${word}: who meets the person on arrival and takes over?`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await expect(page.getByTestId('form-success')).toHaveText('Request sent.');
  await expect(page.getByTestId('request-status')).toHaveText('Open');
  await expect(page.getByText(`Safe return ${word}`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recipients' }).getByTestId('recipient-state').first()).toHaveText('Waiting for an answer');
  await expectNoAxeViolations(page);

  // The contact point finds it among the requests awaiting their answer, and accepts.
  await signInAsKlaipedaContactPoint(page);
  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Counterpart requests' })).toBeVisible({ timeout: 30_000 });
  const listed = page.locator(`a[href="${path}"]`);
  await expect(listed).toHaveText('Liepāja → Klaipėda');
  await expectNoAxeViolations(page);
  await listed.click();
  await expect(page.getByText(`Safe return ${word}`)).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('Accepted');
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The requester sees the answer.
  await page.context().clearCookies();
  await signInUi(page, 'member.lv');
  await page.goto(path);
  await expect(page.getByTestId('request-status')).toHaveText('Accepted', { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Recipients' }).getByTestId('recipient-state').first()).toHaveText(/^Accepted · /);
});

test('a member asks a whole country for a counterpart', async ({ page }) => {
  const word = uniqueWord();
  await signInUi(page, 'member.lv');
  await page.goto('/requests/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask for a counterpart' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('radio', { name: 'A country' }).check();
  await choose(page, 'Country', 'Lithu', 'Lithuania');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask Lithuania for a counterpart' })).toBeVisible();
  await choose(page, 'Form of exploitation', 'Forced lab', 'Forced labour or services');
  await choose(page, 'Target group', 'Adult men', 'Adult men');
  await choose(page, 'Service needed', 'Safe ret', 'Safe return and repatriation');
  await page.getByRole('textbox', { name: /What do you need/ }).fill(`Return ${word}: which national service takes over on arrival?`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('request-status')).toHaveText('Open');
  await expect(page.getByRole('list', { name: 'Recipients' }).getByTestId('recipient-state').first()).toHaveText('Waiting for an answer');
});

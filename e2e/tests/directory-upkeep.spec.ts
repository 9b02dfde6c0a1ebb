import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, signInUi, test, uniqueWord } from './fixtures.js';

// Slow on a shared 2-core machine: a sign-in with a second factor, several forms and axe scans.
test.setTimeout(120_000);

/** A calendar day `days` from today, as a date input takes it. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function addService(page: Page, kind: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Add a service' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add service' }) });
  await form.getByRole('combobox', { name: /^Service/ }).selectOption({ label: kind });
  await fill(form);
  await form.getByRole('button', { name: 'Add service' }).click();
  await expect(page.getByRole('listitem', { name: kind })).toBeVisible();
}

test('a coordinator adds an organisation with two services, confirms it and names Liepāja’s contact point', async ({ page }, testInfo) => {
  // Each run (project, retry, repeat) adds its own organisation to the database.
  const name = `Kurzeme men's shelter (${uniqueWord()})`;
  await signInUi(page, 'coordinator.lv');

  await page.goto('/organisations');
  await page.getByRole('link', { name: 'Add an organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organisation' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('combobox', { name: /^Organisation type/ }).selectOption({ label: 'Non-governmental organisation' });
  await page.getByRole('combobox', { name: /^Municipality/ }).selectOption({ label: 'Liepāja' });
  await page.getByRole('checkbox', { name: 'Listed publicly' }).uncheck();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add organisation' }).click();
  await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]+\/edit$/);

  await addService(page, 'Safe accommodation / shelter', async (form) => {
    await form.getByRole('textbox', { name: /^Capacity/ }).fill('8');
    await form.getByRole('textbox', { name: /^Address/ }).fill('Jūras iela 1, Liepāja');
    await form.getByRole('checkbox', { name: 'Available 24/7' }).check();
  });
  await addService(page, 'Interpretation and translation', async (form) => {
    await form.getByRole('textbox', { name: /^Hotline/ }).fill('+371 2000 0001');
  });
  await expect(page.getByRole('listitem', { name: 'Safe accommodation / shelter' })).toContainText('8 places');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Confirm this record is up to date' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record is confirmed.' })).toBeVisible();
  await expect(page.getByTestId('last-confirmed')).toContainText('Last confirmed');

  // The coordinator names themself the municipality's contact point, on their profile. Each run starts the term
  // later than any run before it on the same server (laptop, its retry, then phone and its retry when one process
  // runs both; repeats), so the earlier term ends the day before.
  const { viewer } = await graphql<{ viewer: { expert: { id: string } } }>(
    page.request,
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
  await page.goto(`/experts/${viewer.expert.id}`);
  const form = page.getByRole('form', { name: 'Assign a network role' });
  await expect(form).toBeVisible();
  await form.getByRole('combobox', { name: /^Network role/ }).selectOption({ label: 'Municipal anti-trafficking contact point' });
  await form.getByRole('combobox', { name: /^Municipality/ }).selectOption({ label: 'Liepāja' });
  const laterDays = (testInfo.project.name === 'phone' ? 10 : 0) + 2 * testInfo.repeatEachIndex + testInfo.retry;
  if (laterDays > 0) await form.getByLabel('From').fill(day(laterDays));
  await form.getByRole('button', { name: 'Assign role' }).click();
  await expect(form.getByRole('status')).toContainText('is now Municipal anti-trafficking contact point');
  await expectNoAxeViolations(page);
});

test('a member adds and ends a role of their own and confirms their profile', async ({ page }, testInfo) => {
  await signInUi(page, 'member.lv');
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'My roles' });
  await expect(section.getByTestId('last-confirmed')).toBeVisible();
  await section.getByRole('button', { name: 'Confirm my profile is up to date' }).click();
  const form = page.getByRole('form', { name: 'Add a role' });
  const role = testInfo.project.name === 'phone' ? 'Trainer' : 'Researcher';
  await form.getByRole('combobox', { name: /^Role in the chain/ }).selectOption({ label: role });
  await form.getByRole('combobox', { name: /^Level/ }).selectOption({ label: 'Regional (Baltic Sea Region)' });
  await form.getByRole('button', { name: 'Add role' }).click();
  // A retry finds the role its first attempt ended (still current today, until today): this run's is the one that
  // can still be ended.
  const items = section.getByRole('listitem', { name: `${role} (Regional (Baltic Sea Region))` });
  const open = items.filter({ has: page.getByRole('button', { name: 'End role' }) });
  const ended = items.filter({ hasText: 'until' });
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('current');
  const endedBefore = await ended.count();
  await expectNoAxeViolations(page);
  await open.getByRole('button', { name: 'End role' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End role' }).click();
  await expect(open).toHaveCount(0);
  await expect(ended).toHaveCount(endedBefore + 1);
});

test('a member proposes an organisation and Latvia’s coordinator approves it on the Approvals page', async ({ page, browser }) => {
  const name = `Valmiera drop-in centre (${uniqueWord()})`;
  await signInUi(page, 'member.lv');
  await page.goto('/organisations/new');
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('combobox', { name: /^Organisation type/ }).selectOption({ label: 'Non-governmental organisation' });
  await page.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: /^Municipality/ }).selectOption({ label: 'Valmiera' });
  await page.getByRole('textbox', { name: /^Why should the network add it/ }).fill('They run outreach at the bus station');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Propose organisation' }).click();
  await expect(page.getByRole('status')).toContainText('waits for a coordinator of its country');

  const coordinator = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await signInUi(coordinator, 'coordinator.lv');
  await coordinator.goto('/approvals');
  const card = coordinator.getByRole('listitem', { name });
  await expect(card).toContainText('They run outreach at the bus station');
  await expectNoAxeViolations(coordinator);
  await card.getByRole('button', { name: `Approve ${name}` }).click();
  await expect(card).toHaveCount(0);
});

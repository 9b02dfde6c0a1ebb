import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, isPhone, signInUi } from './fixtures.js';

// The coordinator signs in with a two-factor code, which may mean waiting for a new 30-second step.
test.setTimeout(120_000);

async function openNavigation(page: Page) {
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
}

test('the map shows the region with markers, and the list opens the organisations of a municipality', async ({ page }) => {
  await page.goto('/');
  await openNavigation(page);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  const map = page.getByRole('group', { name: 'Map of the Baltic Sea Region' });
  await expect(map.getByRole('button').first()).toBeVisible();
  expect(await map.getByRole('button').count()).toBeGreaterThan(20);
  await expectNoAxeViolations(page);

  // A visitor counts organisations only, and lands in the organisation directory.
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Lithuania' });
  await expect(page).toHaveURL(/country=LT/);
  await expect(page.getByRole('group', { name: 'Map of Lithuania' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('klaipeda');
  const place = page.getByRole('list', { name: 'Places on the map' }).getByRole('button', { name: /^Klaipėda: \d+ organisations?$/ });
  await place.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/organisations\?country=LT&municipality=[0-9a-f-]{36}$/);
  await expect(page.getByRole('combobox', { name: /^Municipality/ })).toHaveValue(/[0-9a-f-]{36}/);
});

test('a member chooses a marker with the keyboard and gets the expert directory there', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/map?country=LV');
  const map = page.getByRole('group', { name: 'Map of Latvia' });
  const liepaja = map.getByRole('button', { name: /^Liepāja: \d+ organisations?, \d+ experts?$/ });
  await expect(liepaja).toBeVisible();
  await expectNoAxeViolations(page);
  await liepaja.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/experts\?country=LV&municipality=[0-9a-f-]{36}$/);
  const results = page.getByRole('list', { name: /experts/i });
  await expect(results.getByRole('listitem').first()).toContainText('Liepāja');

  // The same place through the list alternative, on a page reached with the back button.
  await page.goBack();
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('Liepaja');
  const listed = page.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  await expect(listed).toHaveCount(1);
  await listed.press('Space');
  await expect(page).toHaveURL(/\/experts\?country=LV&municipality=/);
});

test('coverage is for coordinators: per-country table, map with a legend, municipalities by status', async ({ page }) => {
  await page.goto('/coverage');
  await expect(page.getByText('Sign in to see the coverage of the network.', { exact: false })).toBeVisible();

  await signInUi(page, 'coordinator.lv');
  await page.goto('/');
  // The account menu's button (the burger menu controls the navigation list instead).
  await page.locator('header button[aria-expanded]:not([aria-controls="main-navigation"])').click();
  await page.getByRole('link', { name: 'Coverage' }).click();
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Municipalities by coverage, per country' });
  await expect(table.getByRole('rowheader', { name: 'Latvia' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Contact point', exact: true })).toBeVisible();
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText(['Contact point', 'Members, no contact point', 'Nobody yet']);
  // The table, the map and the list fit a phone's width: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: 'Coverage' }).selectOption({ label: 'Contact point' });
  const places = page.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  await expect(places.first()).toContainText('Contact point');
  for (const text of await places.allTextContents()) expect(text).toContain(': Contact point');
  await places.first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Experts in / })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('coverage says plainly that it is not for every member', async ({ page }) => {
  await signInUi(page, 'member.pl');
  await page.goto('/coverage');
  await expect(page.getByText('The coverage view is for coordinators, administrators and members of the TF-THB.')).toBeVisible();
  await expectNoAxeViolations(page);
});

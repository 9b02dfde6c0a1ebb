import { type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, openFilters, signInUi, test } from './fixtures.js';

/** Picks from a Mantine Select (a searchable combobox): type to narrow, then choose the option. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(typed);
  // By keyboard, as a user may: clicking scrolls the page, and the dropdown hides when its input scrolls away.
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(option);
  await input.press('ArrowDown');
  await input.press('Enter');
}

/** Chooses the option of a native select whose text starts with `name` (the text ends with its count). */
async function selectByName(select: Locator, name: string) {
  const value = await select.locator('option', { hasText: new RegExp(`^${name} \\(\\d+\\)$`) }).getAttribute('value');
  await select.selectOption(value ?? '');
}

test('a member searches, finds counterparts in Klaipėda with reasons, and opens a profile', async ({ page }) => {
  await signInUi(page, 'member.lv');

  // The header's search box opens the search page.
  const headerSearch = page.getByRole('search', { name: 'Find people and organisations' }).getByRole('searchbox');
  await headerSearch.fill('Klaipėda');
  await headerSearch.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Klaip/);
  const hits = page.getByRole('list', { name: 'Search results' });
  await expect(hits.getByRole('listitem').first()).toBeVisible();
  await expect(hits.getByText('Expert', { exact: true }).first()).toBeVisible();
  await expect(hits.getByText('Organisation', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // As-you-type: a prefix of a name already finds it.
  await page.getByRole('searchbox', { name: /^Search people and organisations/ }).fill('Klaip');
  await expect(page).toHaveURL(/\/search\?q=Klaip$/);
  await expect(hits.getByRole('listitem').first()).toBeVisible();

  // The counterpart finder, from the directory, then role and place from the lists.
  await page.goto('/experts');
  await page.getByRole('link', { name: 'Find my counterpart in…' }).click();
  await expect(page).toHaveURL(/\/counterparts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Find my counterpart' })).toBeVisible();
  await choose(page, 'Your role', 'Case man', 'Case manager');
  await expect(page).toHaveURL(/role=CASE_MANAGER/);
  await choose(page, 'Country', 'Lith', 'Lithuania');
  await expect(page).toHaveURL(/country=LT/);
  // The country's places load and the map redraws; choose the municipality once they are in.
  await expect(
    page.getByRole('group', { name: 'Map: choose a municipality of Lithuania' }).getByRole('button', { name: 'Klaipėda' }),
  ).toBeVisible();
  await choose(page, 'Municipality', 'Klaip', 'Klaipėda');
  await expect(page).toHaveURL(/municipality=[0-9a-f-]{36}/);

  await expect(page.getByRole('heading', { name: 'Counterparts in Klaipėda, Lithuania' })).toBeVisible();
  const counterparts = page.getByRole('list', { name: 'Counterparts' });
  await expect(counterparts.getByRole('listitem').first()).toBeVisible();
  const reasons = await counterparts.getByTestId('counterpart-reason').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) {
    expect(reason).toMatch(/^(Same role in Klaipėda|Same role at national level in Lithuania|Contact point)$/);
  }
  await expectNoAxeViolations(page);

  const first = counterparts.getByRole('listitem').first().getByRole('heading').getByRole('link');
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/experts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // …and from a profile back into the finder, for one of that person's roles.
  const fromProfile = page.getByRole('region', { name: 'Find my counterpart in…' }).getByRole('link').first();
  await fromProfile.click();
  await expect(page).toHaveURL(/\/counterparts\?role=[A-Z_]+$/);
});

test('the expert directory shows facet counts and exports the filtered list as CSV', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/experts');
  await openFilters(page);
  const country = page.getByRole('combobox', { name: 'Country' });
  await expect(country.locator('option', { hasText: /^Latvia \(\d+\)$/ })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Role' }).locator('option', { hasText: /^Case manager \(\d+\)$/ })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: /^Available for consultation \(\d+\)$/ })).toBeVisible();
  await selectByName(country, 'Latvia');
  await expect(page).toHaveURL(/country=LV/);
  await expect(page.getByRole('list', { name: 'Experts' }).getByRole('listitem').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  const [header, firstRow] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toMatch(/^"?Name"?,"?Title"?,"?Organisation"?,"?Country"?,"?Municipality"?/);
  expect(firstRow).toContain('Latvia');
});

test('signed-out visitors see organisation hits only and are asked to sign in for counterparts', async ({ page }) => {
  await page.goto('/search?q=zzzzqqq');
  await expect(page.getByText(/publicly listed organisations\. Sign in/)).toBeVisible();
  await page.goto('/counterparts');
  await expect(page.getByText(/Sign in to find your counterparts/)).toBeVisible();
  await expectNoAxeViolations(page);
});

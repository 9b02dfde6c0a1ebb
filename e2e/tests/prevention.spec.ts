import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, isPhone, signInUi, test, uniqueWord } from './fixtures.js';

test.setTimeout(120_000);

/**
 * Picks the first option of a Mantine multi-select that matches what is typed, by keyboard as a user may (a click
 * scrolls the page, and the dropdown hides when its input scrolls away), and answers its label.
 */
async function choose(page: Page, label: string, typed = ''): Promise<string> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toBeVisible();
  const text = ((await first.textContent()) ?? '').trim();
  await input.press('ArrowDown');
  await input.press('Enter');
  await input.press('Escape');
  return text;
}

test('a member adds a prevention activity, finds it with the filters, and sees it on its municipality’s page', async ({ page }) => {
  const title = `Street theatre on job offers ${uniqueWord()}`;
  const year = String(new Date().getFullYear());
  await signInUi(page, 'member.lv');
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Prevention', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prevention catalogue' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Prevention activities' });
  await expect(list.getByRole('link', { name: 'Safe work abroad: lessons in vocational schools' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where local activities took place' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add an activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a prevention activity' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page
    .getByRole('textbox', { name: 'What was done' })
    .fill('Actors played a recruitment scene in the market square and talked with the audience.');
  expect(await choose(page, 'Target groups at risk', 'Migrant')).toBe('Migrant workers');
  expect(await choose(page, 'Forms of exploitation', 'Domestic')).toBe('Domestic servitude');
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: 'Municipality' }).selectOption({ label: 'Liepāja' });
  await page.getByLabel('First day').fill(`${year}-03-01`);
  await page.getByRole('textbox', { name: 'People reached' }).fill('75');
  await page.getByRole('textbox', { name: 'Lessons learnt' }).fill('Play it on market days.');
  const partner = await choose(page, 'Partner organisations');
  await page.getByRole('button', { name: 'Add a material' }).click();
  await page.getByRole('textbox', { name: 'Title of material 1' }).fill('Script of the scene');
  await page.getByRole('textbox', { name: 'Web address of material 1' }).fill('https://example.org/script.pdf');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/prevention\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: partner })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Script of the scene' })).toHaveAttribute('href', 'https://example.org/script.pdf');
  await expectNoAxeViolations(page);

  // Found by every filter at once; a demo activity for another group is not.
  await page.getByRole('link', { name: 'Back to the catalogue' }).click();
  await page.getByRole('combobox', { name: 'Target group' }).selectOption({ label: 'Migrant workers' });
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: 'Form of exploitation' }).selectOption({ label: 'Domestic servitude' });
  await page.getByRole('combobox', { name: 'Year' }).selectOption(year);
  await expect(page).toHaveURL(/targetGroup=MIGRANT_WORKERS/);
  await expect(list.getByRole('link', { name: title })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Safe work abroad: lessons in vocational schools' })).toHaveCount(0);
  // On the map, Liepāja holds it; from there to the municipality's page, which lists it.
  await page
    .getByRole('list', { name: 'Places on the map' })
    .getByRole('button', { name: /^Liepāja: \d+ activit/ })
    .click();
  await expectNoAxeViolations(page, { overlapping: 'zoomed-svg' });
  await page.getByRole('link', { name: 'Open the page of Liepāja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liepāja' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Prevention activities' });
  await expect(section.getByRole('link', { name: title })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Safe work abroad: lessons in vocational schools' })).toBeVisible();
  await expectNoAxeViolations(page);
});

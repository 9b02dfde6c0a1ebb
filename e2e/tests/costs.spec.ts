import { choose, expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

test.setTimeout(120_000);

// The Latvian template as seeded: 7 lines, €10,705.00 at its illustrative prices (180 nights at €35.00 are €6,300.00).
// The demo's shared Lithuanian scenario costs €2,675.00. Both are EUR at 2026 prices, so they compare without rates.
test('a member copies the Latvian template, enters their own shelter price, sees the total change live and equal after saving, and compares', async ({
  page,
}) => {
  // A word of its own: every run (project, retry, repeat) saves a scenario of this title into the same database.
  const title = `Liepāja adult woman, 150 nights (${uniqueWord()})`;
  await signInUi(page, 'member.lv');
  await page.getByRole('link', { name: 'Cost workbench' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cost workbench' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Cost scenarios' }).getByRole('link', { name: /Foreign adult man, labour exploitation/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Copy “Latvia: state-funded social rehabilitation course (up to 180 days)”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New cost scenario' })).toBeVisible();
  const total = page.getByTestId('scenario-total');
  await expect(total).toHaveText('€10,705.00');
  await expect(page.getByText('Illustrative price', { exact: true })).toHaveCount(7);

  // Their own price for a night in the shelter, and 150 nights instead of 180: the total follows as they type.
  const shelter = page.getByRole('group', { name: 'Line 1' });
  await shelter.getByRole('textbox', { name: 'Unit cost (EUR)' }).fill('41,50');
  await expect(shelter.getByText('Illustrative price', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Illustrative price', { exact: true })).toHaveCount(6);
  await shelter.getByRole('textbox', { name: 'Periods' }).fill('150');
  await expect(shelter.getByTestId('line-total-1')).toHaveText('€6,225.00');
  await expect(total).toHaveText('€10,630.00');
  // A negative quantity is named on its line, and saving waits until it is fixed.
  await shelter.getByRole('textbox', { name: 'Quantity' }).fill('-1');
  await expect(shelter.getByText('The quantity must be at least 0.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save scenario' })).toBeDisabled();
  await shelter.getByRole('textbox', { name: 'Quantity' }).fill('1');

  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await page.getByRole('checkbox', { name: /Share with the network/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('Scenario saved.');
  await expect(page).toHaveURL(/\/costs\/[0-9a-f-]{36}$/);

  // The server's total is the preview's, to the cent.
  await page.reload();
  // A whole page load on a loaded 2-core runner can take longer than the default 10 s.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('scenario-total')).toHaveText('€10,630.00');
  await expect(page.getByText('Illustrative price', { exact: true })).toHaveCount(6);

  // Side by side with the shared Lithuanian scenario.
  await page.goto('/costs');
  const list = page.getByRole('list', { name: 'Cost scenarios' });
  await list.getByRole('checkbox', { name: `Select ${title} for comparison` }).check();
  await list.getByRole('checkbox', { name: /Select Foreign adult man, labour exploitation/ }).check();
  await page.getByRole('link', { name: 'Compare selected (2)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toBeVisible();
  await expect(page.getByRole('img', { name: "Stacked bars: each scenario's total by category" })).toBeVisible();
  const table = page.getByRole('table', { name: 'Totals by category' });
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('€10,630.00');
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('€2,675.00');
  await expectNoAxeViolations(page);
});

// The demo's Liepāja scenario (member.lv's, from the Latvian template at its illustrative prices, EUR at 2026 prices).
const LIEPAJA_SCENARIO = 'Adult woman, sexual exploitation, 180 days of assistance in Latvia';

test('a scenario keeps its municipality when saved, with published figures and the illustrative note beside it', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/costs');
  await page.getByRole('list', { name: 'Cost scenarios' }).getByRole('link', { name: LIEPAJA_SCENARIO, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: LIEPAJA_SCENARIO })).toBeVisible({ timeout: 30_000 });
  const municipality = page.getByRole('combobox', { name: 'Municipality' });
  await expect(municipality).toHaveValue('Liepāja');

  // Template prices are marked as placeholders, and the published aggregates stand apart with their sources.
  await expect(page.getByText('Illustrative placeholder, not a published price', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Published figures, for context' })).toBeVisible();
  await expect(page.getByText('They are not unit prices and are not converted.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Source: / }).first()).toHaveAttribute('href', /^https?:\/\//);

  // Saved as it is, the municipality stays (a save used to clear it); then another one, chosen by keyboard, and back.
  const saveAndReload = async () => {
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByTestId('form-success')).toHaveText('Scenario saved.');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: LIEPAJA_SCENARIO })).toBeVisible({ timeout: 30_000 });
  };
  await saveAndReload();
  await expect(municipality).toHaveValue('Liepāja');
  await choose(page, 'Municipality', 'Vents', 'Ventspils');
  await expectNoAxeViolations(page);
  await saveAndReload();
  await expect(municipality).toHaveValue('Ventspils');
  await choose(page, 'Municipality', 'Liep', 'Liepāja');
  await saveAndReload();
  await expect(municipality).toHaveValue('Liepāja');
});

test('a member narrows the workbench to Liepāja and sees which categories drive its cost', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/costs');
  await choose(page, 'Municipality', 'Liep', 'Liepāja, Latvia');
  const list = page.getByRole('list', { name: 'Cost scenarios' });
  await expect(list.getByRole('link', { name: LIEPAJA_SCENARIO, exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: /Foreign adult man, labour exploitation/ })).toHaveCount(0);
  const priorities = page.getByRole('region', { name: 'What drives cost in Liepāja' });
  await priorities.getByRole('textbox', { name: 'At prices of' }).fill('2026');
  await priorities.getByRole('textbox', { name: 'At prices of' }).press('Tab');
  await expect(priorities.getByText('One scenario you can read, €10,705.00 in all.')).toBeVisible();
  await expect(priorities.getByRole('progressbar').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

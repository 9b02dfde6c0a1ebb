import { expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';
import { signInAsRigaContactPoint } from './riga-contact-point.js';

// Runs at laptop and phone size against the same seeded server. The comparison reads the demo's 2026 assessments
// (Estonia, Latvia and Lithuania have submitted or accepted ones; no journey submits another for 2026). The guardrail
// journey edits Riga's 2026 draft, reading its version off the page, with a text of its own each run.

/** The demo's assessments are of 2024 and 2026; the page opens on the reader's current year. */
const YEAR = 2026;

test('a coordinator compares the countries’ baseline answers per question, by year and country, and prints them', async ({ page }) => {
  test.setTimeout(180_000);
  await signInUi(page, 'coordinator.lv');
  await page.goto('/guidelines');
  await page.getByRole('link', { name: 'Baseline answers compared across countries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Baseline answers compared' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Year' }).selectOption(String(YEAR));
  const table = page.getByRole('table', { name: `Answers per question and country, ${YEAR}` });
  // The question's own text names the procedure too: its group is the one whose heading ends with the part's label.
  const procedure = table.getByRole('rowgroup').filter({ hasText: /BQ05 · .*: Written local referral procedure/ });
  for (const country of ['Estonia', 'Latvia', 'Lithuania'])
    await expect(procedure.getByRole('row', { name: new RegExp(country) })).toBeVisible();
  // Two assessments counted in Latvia (Jelgava's submitted, Liepāja's accepted; Riga's draft is not).
  await expect(procedure.getByRole('row', { name: /Latvia/ })).toContainText('2 of 2');
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Country' }).selectOption('LV');
  await expect(page).toHaveURL(/country=LV/);
  await expect(procedure.getByRole('row', { name: /Estonia/ })).toHaveCount(0);
  await expect(procedure.getByRole('row', { name: /Latvia/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Year' }).selectOption('2015');
  await expect(page.getByText('No municipality has a submitted or accepted assessment for 2015.')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('Riga’s contact point sees the guardrail flag a phone number in a text answer and confirms it is no victim’s', async ({ page }) => {
  test.setTimeout(180_000);
  const riga = await signInAsRigaContactPoint(page);
  await page.goto(`/m/${riga}/baseline/${YEAR}`);
  await expect(page.getByRole('heading', { level: 1, name: `Baseline assessment ${YEAR}: Riga` })).toBeVisible();
  await expect(page.getByTestId('baseline-status')).toHaveText('Draft');

  // The anti-trafficking hotline's number: the detector cannot know it is no victim's phone.
  const phone = '+48 601 234 567';
  const text = `Calls to the hotline ${phone} rose, ${uniqueWord()} reports`;
  const trends = page.getByRole('group', { name: /^BQ09 · / }).getByRole('textbox', { name: 'Trends' });
  await trends.fill(text);
  const panel = page.getByRole('region', { name: "Victims' personal data in “Trends”" });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('listitem', { name: new RegExp(phone.replaceAll('+', '\\+')) })).toBeVisible();
  await expectNoAxeViolations(page);

  // Saved unconfirmed, the server refuses and says why; confirmed, it saves.
  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'may contain a victim' })).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: `This is not a victim's personal data: “${phone}”` }).click();
  await expect(panel).toContainText('You confirmed that every marked passage is not a victim');
  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: /^BQ09 · / }).getByRole('textbox', { name: 'Trends' })).toHaveValue(text);
  await expectNoAxeViolations(page);
});

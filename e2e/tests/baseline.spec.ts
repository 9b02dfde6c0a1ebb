import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInUi, test } from './fixtures.js';
import { signInAsRigaContactPoint } from './riga-contact-point.js';

// Runs at laptop and phone size against the same seeded server. Riga's contact point (a member account of the demo,
// whose role no other journey changes) answers a year that has no assessment yet, read from the page (each run and
// retry takes the next free year below 2026, so none depends on another); Latvia's coordinator accepts it.

const question = (page: Page, key: string) => page.getByRole('group', { name: new RegExp(`^${key} · `) });

async function yes(page: Page, key: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await question(page, key).getByRole('radio', { name: 'Yes' }).nth(i).check();
}

async function fill(page: Page, key: string, label: string, value: number): Promise<void> {
  await question(page, key).getByRole('textbox', { name: label }).fill(String(value));
}

test('Riga’s contact point answers a year’s assessment and submits it; the coordinator accepts it; the comparison and the report show it', async ({
  page,
}) => {
  // Six pages, each scanned by axe, and two sign-ins: a long journey on a loaded machine.
  test.setTimeout(240_000);
  const riga = await signInAsRigaContactPoint(page);

  // From the municipality page to its assessments; the first year without one is this run's.
  await page.goto(`/m/${riga}`);
  await page.getByRole('region', { name: 'Baseline assessment' }).getByRole('link', { name: 'Baseline assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Baseline assessment: Riga' })).toBeVisible();
  const years = page.getByRole('region', { name: 'Assessments' });
  await expect(years.getByRole('link', { name: '2024' })).toBeVisible();
  const taken = new Set((await years.getByRole('listitem').getByRole('link').allTextContents()).map(Number));
  const year = [2025, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015].find((y) => !taken.has(y))!;
  await expectNoAxeViolations(page);
  await years.getByRole('textbox', { name: 'Year' }).fill(String(year));
  await years.getByRole('button', { name: 'Open the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Baseline assessment ${year}: Riga` })).toBeVisible();
  await expect(page.getByTestId('baseline-status')).toHaveText('Not started');

  // A first draft with one answer; then the rest of the required questions, saved and submitted.
  await yes(page, 'BQ05', 2);
  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('baseline-missing')).toContainText('10 required questions are still unanswered');
  await expectNoAxeViolations(page);
  await yes(page, 'BQ01', 1);
  await fill(page, 'BQ02', 'Cases in the last 12 months', 3);
  await yes(page, 'BQ03', 1);
  await fill(page, 'BQ04', 'Police', 4);
  await fill(page, 'BQ04', 'State agencies', 3);
  await fill(page, 'BQ04', 'Specialised NGOs', 5);
  await fill(page, 'BQ06', 'Social services', 40);
  await fill(page, 'BQ06', 'Child protection', 30);
  await yes(page, 'BQ07', 4);
  await question(page, 'BQ12').getByRole('checkbox', { name: 'Hotline' }).check();
  await fill(page, 'BQ17', 'Priority', 4);
  await yes(page, 'BQ19', 1);
  await yes(page, 'BQ20', 2);
  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('baseline-missing')).toBeHidden();
  await page.getByRole('button', { name: 'Submit for review' }).first().click();
  await expect(page.getByTestId('baseline-status')).toHaveText('Submitted, waiting for review', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Latvia's coordinator accepts it: locked from then on.
  await page.context().clearCookies();
  await signInUi(page, 'coordinator.lv');
  await page.goto(`/m/${riga}/baseline/${year}`);
  await expect(page.getByTestId('baseline-status')).toHaveText('Submitted, waiting for review');
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByTestId('baseline-status')).toHaveText('Accepted (locked)', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Reopen as a draft' })).toBeVisible();
  await expectNoAxeViolations(page);

  // 2024 against this year, question by question.
  await page.goto(`/m/${riga}/baseline?from=2024&to=${year}`);
  const table = page.getByTestId('baseline-comparison');
  await expect(table.getByRole('columnheader', { name: String(year) })).toBeVisible();
  await expect(table.getByRole('row', { name: /^BQ05/ })).toContainText('Written local referral procedure: Yes');
  await expectNoAxeViolations(page);

  // The country's report of this year: only this run's assessment is counted.
  await page.goto(`/baseline/LV?year=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Baseline assessment ${year}: Latvia` })).toBeVisible();
  await expect(page.getByTestId('baseline-municipalities').getByRole('row', { name: /Riga/ })).toContainText('Accepted (locked)');
  await expect(page.getByTestId('baseline-report-BQ05')).toContainText('Written local referral procedure: Yes 1 · Partly 0 · No 0');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/export/baseline/LV/${year}.csv`);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

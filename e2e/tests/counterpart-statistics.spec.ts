import { expect, expectNoAxeViolations, signInUi, test } from './fixtures.js';

test.setTimeout(90_000);

test('the TF-THB reads anonymous counterpart request statistics per pair of countries, by year', async ({ page }) => {
  await signInUi(page, 'admin');
  await page.goto('/requests');
  await page.getByRole('link', { name: 'Statistics for the TF-THB' }).click();
  await expect(page).toHaveURL(/\/requests\/statistics$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Counterpart request statistics' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Requests per pair of countries, busiest first' });
  // The demo's requests from Liepāja to Narva: a pair of countries, no place below it and nobody named.
  await expect(table.getByRole('rowheader', { name: 'Latvia → Estonia' })).toBeVisible();
  await expect(table).not.toContainText('Liepāja');
  const total = Number((await page.getByTestId('statistics-requests').innerText()).replace(/\D/g, ''));
  expect(total).toBeGreaterThan(2);
  await expectNoAxeViolations(page);

  // The filter offers the years with requests; the demo's are of 2026.
  const year = page.getByRole('combobox', { name: 'Year opened' });
  await expect(year.locator('option', { hasText: '2026' })).toHaveCount(1);
  await year.selectOption('2026');
  await expect(table.getByRole('rowheader', { name: 'Latvia → Estonia' })).toBeVisible();
  const ofYear = Number((await page.getByTestId('statistics-requests').innerText()).replace(/\D/g, ''));
  expect(ofYear).toBeGreaterThan(2);
  expect(ofYear).toBeLessThanOrEqual(total);
});

test('a member without a TF-THB seat is not offered the statistics and is told so at their address', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Counterpart requests' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Statistics for the TF-THB' })).toHaveCount(0);
  await page.goto('/requests/statistics');
  await expect(page.getByText('The statistics of counterpart requests are for TF-THB members, coordinators and admins.')).toBeVisible();
  await expectNoAxeViolations(page);
});

import { expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

// Runs at laptop and phone size against the same seeded server (and may be retried there): each run reviews one
// action point of Jelgava with evidence of its own, reading the status it starts from off the page and choosing a
// different one, so no run depends on what another left behind.
test('Latvia’s coordinator reviews Jelgava’s guidelines tracker and sees Latvia’s heat map', async ({ page }) => {
  test.setTimeout(180_000);
  await signInUi(page, 'coordinator.lv');
  const evidence = `Cooperation agreement ${uniqueWord()} signed by the partners`;

  // The region: countries compared, and the map coloured by implementation with its table.
  await page.goto('/guidelines');
  await expect(page.getByRole('heading', { level: 1, name: 'Guidelines tracker' })).toBeVisible();
  const region = page.getByRole('table', { name: /Implementation of the guidelines per country/ });
  await expect(region.getByRole('link', { name: 'Latvia' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Municipalities whose tracker you may see/ }).getByRole('link', { name: 'Jelgava' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Latvia's heat map: municipalities × action points, each municipality a link to its page.
  await region.getByRole('link', { name: 'Latvia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guidelines in Latvia' })).toBeVisible();
  const heatMap = page.getByRole('table', { name: /Status of each action point in each municipality of Latvia/ });
  await expect(heatMap.getByRole('rowheader', { name: /Jelgava/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await heatMap.getByRole('link', { name: 'Jelgava' }).click();

  // Jelgava's tracker: the first action point reviewed with a new status and evidence.
  await expect(page.getByRole('heading', { level: 1, name: 'Jelgava' })).toBeVisible();
  const tracker = page.getByRole('region', { name: 'Action points' });
  const row = tracker.locator('tr[data-action-point="AP01"]');
  await expect(row).toBeVisible();
  const current = (await row.locator('td').first().textContent()) ?? '';
  const next = current.includes('In place') ? { value: 'IN_PROGRESS', label: 'In progress' } : { value: 'IN_PLACE', label: 'In place' };
  await expectNoAxeViolations(page);
  await tracker.getByRole('button', { name: 'Review action point AP01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review AP01' });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption(next.value);
  await dialog.getByRole('textbox', { name: /^Evidence/ }).fill(evidence);
  await dialog.getByRole('textbox', { name: 'Link to the evidence' }).fill('https://example.org/jelgava/agreement');
  // Enter in the form submits it: the keyboard's way, and no scrolling under the dialog's sticky header on a phone.
  await dialog.getByRole('textbox', { name: 'Link to the evidence' }).press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(row).toContainText(evidence);
  await expect(row.locator('td').first()).toContainText(next.label);
  await expect(
    page
      .getByRole('region', { name: 'Guideline progress' })
      .getByText(new RegExp(`AP01: .* → ${next.label}`))
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Back on the heat map, Jelgava's first cell says the new status.
  await page.getByRole('link', { name: 'Heat map of Latvia' }).click();
  const jelgava = page.getByRole('table', { name: /Status of each action point/ }).getByRole('row', { name: /Jelgava/ });
  await expect(jelgava.getByRole('cell').nth(1)).toContainText(next.label);
});

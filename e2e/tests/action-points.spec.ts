import { expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

// Runs at laptop and phone size against the same seeded server: each run writes a Latvian label of its own for AP05,
// editing the first translation if an earlier run left one, else adding it.

test('an admin edits an action point’s translation on the action points screen', async ({ page }) => {
  test.setTimeout(180_000);
  await signInUi(page, 'admin');
  await page.goto('/admin/action-points');
  await expect(page.getByRole('heading', { level: 1, name: 'Action points' })).toBeVisible();
  const mapping = page.getByRole('region', { name: 'mapping' });
  await expect(mapping.getByRole('listitem', { name: /^AP05: / })).toBeVisible();
  await expectNoAxeViolations(page);

  await mapping.getByRole('button', { name: 'Edit AP05' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit AP05' });
  await expect(dialog.getByRole('textbox', { name: /Label \(English\)/ })).toBeVisible();
  if ((await dialog.getByRole('textbox', { name: /^Language 1/ }).count()) === 0) {
    await dialog.getByRole('button', { name: 'Add a translation' }).click();
  }
  await dialog.getByRole('textbox', { name: /^Language 1/ }).fill('lv');
  const label = `Kartēt tirgotājus ${uniqueWord()}`;
  await dialog.getByRole('textbox', { name: /^Translated label 1/ }).fill(label);
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: /^Translated label 1/ }).press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'AP05 saved.' })).toBeVisible();
  await expect(page.getByTestId('translations-AP05')).toContainText(`lv: ${label}`);
  await expectNoAxeViolations(page);
});

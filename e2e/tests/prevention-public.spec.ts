import { expect, expectNoAxeViolations, isPhone, test } from './fixtures.js';

test.setTimeout(90_000);

test('an anonymous visitor finds the publicly shared prevention activities from the landing page, without who added them', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Prevention that worked in the region' }).click();
  await expect(page).toHaveURL(/\/prevention$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Prevention that worked' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Prevention activities' });
  // Public in the demo: Liepāja's school lessons; for members only: Riga's outreach at bus stations.
  await expect(list.getByRole('link', { name: 'Safe work abroad: lessons in vocational schools' })).toBeVisible();
  await expect(list).not.toContainText('Evening outreach at bus stations');
  await expect(page.getByRole('link', { name: 'Add an activity' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await list.getByRole('link', { name: 'Safe work abroad: lessons in vocational schools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safe work abroad: lessons in vocational schools' })).toBeVisible();
  await expect(page.getByText('640 · pupils in the last two years of 6 vocational schools')).toBeVisible();
  await expect(page.getByText(/^Added by/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The header's link leads to the same public catalogue.
  await page.goto('/');
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prevention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prevention that worked' })).toBeVisible();
});

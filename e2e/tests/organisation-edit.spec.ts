import { expect, expectNoAxeViolations, signInUi, test } from './fixtures.js';

// Slow on a shared 2-core machine: a sign-in, four axe scans and a second browser context.
test.setTimeout(90_000);

test('an editor finds their organisation under the account, edits its phone, and the page shows it to everyone', async ({
  page,
  browser,
}, testInfo) => {
  // Each project (laptop, phone) writes its own number into the shared demo database.
  const typed = testInfo.project.name === 'phone' ? '+371 6700 0102' : '+371 6700 0101';
  const stored = typed.replaceAll(' ', '');

  await signInUi(page, 'member.lv');
  // The account menu's button (the burger menu controls the navigation list instead).
  await page.locator('header button[aria-expanded]:not([aria-controls="main-navigation"])').click();
  await page.getByRole('link', { name: 'Organisations I edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations I edit' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Organisations you edit' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await list.getByRole('link').click();

  await page.getByRole('link', { name: 'Edit the organisation' }).click();
  const form = page.getByRole('form', { name: 'Edit the organisation' });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);

  // A number without its country code is refused where it was typed, and focus goes there.
  const phone = form.getByLabel('Phone', { exact: false }).first();
  await phone.fill('6700 0000');
  await form.getByRole('button', { name: 'Save the organisation' }).click();
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/country code/);
  await expectNoAxeViolations(page);

  await phone.fill(typed);
  await form.getByRole('button', { name: 'Save the organisation' }).click();
  await expect(form.getByRole('status')).toHaveText('The organisation was saved.');
  await expectNoAxeViolations(page);

  await form.getByRole('link', { name: 'Back to the organisation' }).click();
  await expect(page.getByRole('link', { name: stored })).toHaveAttribute('href', `tel:${stored}`);
  const organisationUrl = page.url();

  // An anonymous visitor of this publicly listed organisation sees the phone too, and no Edit action.
  const visitor = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await visitor.goto(organisationUrl);
  await expect(visitor.getByRole('link', { name: stored })).toHaveAttribute('href', `tel:${stored}`);
  await expect(visitor.getByRole('link', { name: 'Edit the organisation' })).toHaveCount(0);
  await expectNoAxeViolations(visitor);
});

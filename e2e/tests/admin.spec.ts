import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoAxeViolations, signInUi } from './fixtures.js';

// The admin signs in with a two-factor code, which may mean waiting for a new 30-second step.
test.setTimeout(120_000);

test('sign-in and password pages are accessible, and a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(demoEmail('member.pl'));
  await page.getByLabel('Password').first().fill('not-the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email address or the password is not right.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin suspends and reactivates a member and reads the audit log', async ({ page, browser }) => {
  await signInUi(page, 'admin');
  await page.goto('/admin/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('searchbox').fill('member.pl');
  // The search commits after a pause and re-renders the list: act on the row once the list shows only that member.
  const rows = page.getByRole('list', { name: 'Members' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  const row = rows.filter({ hasText: demoEmail('member.pl') });
  await row.getByRole('button', { name: 'Suspend' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
  await expect(row).toContainText('Suspended');

  // The suspended member cannot sign in, with the same message as for a wrong password.
  const member = await (await browser.newContext()).newPage();
  await member.goto('/sign-in');
  await member.getByLabel('Email address').fill(demoEmail('member.pl'));
  await member.getByLabel('Password').first().fill(DEMO_PASSWORD);
  await member.getByRole('button', { name: 'Sign in' }).click();
  await expect(member.getByText('The email address or the password is not right.')).toBeVisible();

  await row.getByRole('button', { name: 'Reactivate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
  await expect(row).toContainText('Active');

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText('MEMBER_SUSPENDED');
  await expectNoAxeViolations(page);
});

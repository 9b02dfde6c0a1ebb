import { DEMO_PASSWORD, demoEmail, expect, expectNoAxeViolations, signInUi, test } from './fixtures.js';

// The admin signs in with a two-factor code, which may mean waiting for a new 30-second step.
test.setTimeout(120_000);

test('sign-in and password pages are accessible, and a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  // A focused field shows a ring of at least 2 px, not only a recoloured 1 px border.
  await page.getByLabel('Email address').focus();
  const ring = await page.getByLabel('Email address').evaluate((input) => {
    const style = getComputedStyle(input);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await page.getByLabel('Email address').fill(demoEmail('member.pl'));
  await page.getByLabel('Password').first().fill('not-the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email address or the password is not right.')).toBeVisible();
  await expect(page.getByText(/If your account was suspended, contact your country's coordinator/)).toBeVisible();
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
  const memberName = await row.getByRole('heading').innerText();
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

  // The admin's own row offers no suspension and no role change.
  await page.getByRole('main').getByRole('searchbox').fill(demoEmail('admin'));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(demoEmail('admin'));
  await expect(rows.first().getByRole('button', { name: 'Suspend' })).toHaveCount(0);
  await expect(rows.first().getByRole('combobox')).toHaveCount(0);

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Member suspended' });
  const table = page.getByRole('table', { name: 'Audit events' });
  await expect(table).toContainText('Suspended a member and ended their sessions');
  // Names, not raw ids: who acted and whom it was about.
  await expect(table.getByRole('row').nth(1)).toContainText(memberName);
  await expect(table).not.toContainText(/user [0-9a-f]{8}/);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^strom-audit-\d{4}-\d{2}-\d{2}\.csv$/);
});

import { expect, expectNoAxeViolations, isPhone, signInUi, test } from './fixtures.js';

// Runs at laptop and phone size (the phone project runs every test) against the same seeded server: the answers
// it sends are the same each time, so a second run finds and leaves the meeting as the first did.
test('a member opens the upcoming regional meeting, answers its date poll, and RSVPs to a national round table', async ({ page }) => {
  await signInUi(page, 'member.pl');

  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Upcoming' })).toHaveAttribute('aria-selected', 'true');
  const list = page.getByRole('list', { name: 'Meetings' });
  const spring = list.getByRole('listitem').filter({ hasText: 'Regional expert group meeting (spring)' });
  await expect(spring).toContainText('Date being decided');
  await expect(spring).toContainText('Invited');
  await expectNoAxeViolations(page);

  // The past tab, in the URL: the autumn meeting in Rīga.
  await page.getByRole('tab', { name: 'Past' }).click();
  await expect(page).toHaveURL(/\/meetings\?when=PAST$/);
  await expect(list.getByRole('link', { name: 'Regional expert group meeting', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Upcoming' }).click();

  await list.getByRole('link', { name: 'Regional expert group meeting (spring)' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Regional expert group meeting (spring)' })).toBeVisible();
  // Online, but the link is only for those with a seat.
  await expect(page.getByText('Sent to those with a seat')).toBeVisible();
  await expect(page.getByRole('link', { name: /meet\.strom\.invalid/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add to your calendar (.ics)' })).toHaveAttribute('href', /^\/calendar\/meeting\/.+\.ics$/);

  // The date poll: the reader's zone is Rīga's (playwright.config.ts), so the slots read as seeded.
  const poll = page.getByRole('region', { name: 'Date poll' });
  await expect(poll).toContainText(/9 Mar 2027, 10:00\s?–\s?12:00 \(your time\)/);
  await poll.getByRole('radiogroup', { name: 'Your answer for slot 1' }).getByRole('radio', { name: 'Yes' }).check();
  await poll.getByRole('radiogroup', { name: 'Your answer for slot 2' }).getByRole('radio', { name: 'If need be' }).check();
  await poll.getByRole('radiogroup', { name: 'Your answer for slot 3' }).getByRole('radio', { name: 'No' }).check();
  await poll.getByRole('button', { name: 'Send date poll answers' }).click();
  await expect(poll.getByRole('status')).toHaveText('Date poll answers sent.');

  // The poll's answers are the server's: they are there after a reload.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Date poll' })
      .getByRole('radiogroup', { name: 'Your answer for slot 2' })
      .getByRole('radio', { name: 'If need be' }),
  ).toBeChecked();
  await expectNoAxeViolations(page);

  // A scheduled meeting takes an RSVP: the national round table of Poland, found by scope.
  await page.getByRole('link', { name: 'All meetings' }).click();
  await page.getByRole('combobox', { name: 'Level' }).selectOption('NATIONAL');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('PL');
  await expect(page).toHaveURL(/level=NATIONAL&country=PL/);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('link', { name: 'Poland: national round table' }).click();
  const rsvp = page.getByRole('region', { name: 'Your answer' });
  await rsvp.getByRole('radio', { name: 'Maybe' }).check();
  await rsvp.getByRole('textbox', { name: 'Note to the hosts (optional)' }).fill('Depends on the court hearing that week.');
  await rsvp.getByRole('button', { name: 'Send answer' }).click();
  await expect(rsvp.getByRole('status')).toHaveText('Answer sent: You might go.');
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('list', { name: 'Poland' })).toContainText('maybe');
  await expectNoAxeViolations(page);
});

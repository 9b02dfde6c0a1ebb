import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

// The three-municipalities-per-state pattern across two member states: the demo seed gives the contact points of
// Jelgava, Rēzekne and Riga (Latvia) and Alytus, Kaunas and Klaipėda (Lithuania) member accounts.
// Five steps, two browsers and four axe scans: longer than one page's budget on a loaded 2-core machine.
// The co-host and removal steps add a dialog and a scan.
test.setTimeout(180_000);

const PLACES = { LV: ['Jelgava', 'Rēzekne', 'Riga'], LT: ['Alytus', 'Kaunas', 'Klaipėda'] } as const;

/** The invitee: the contact point of Riga, reading in Warsaw's zone (an hour behind Rīga). */
async function rigaContactPoint(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', timezoneId: 'Europe/Warsaw', locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: false }).first().fill('contact.riga@demo.strom.invalid');
  await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

test('a moderator plans a regional expert group with the wizard and a date poll; an invitee answers; the host picks the slot', async ({
  page,
  browser,
}) => {
  // A word of its own: every run (project, retry, repeat) plans a meeting of this title in the same database.
  const title = `Regional expert group on labour exploitation (${uniqueWord()})`;
  await signInUi(page, 'moderator');
  await page.goto('/meetings');
  await page.getByRole('link', { name: 'Plan a meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting' })).toBeVisible();

  // 1. What and scope: a regional meeting, only for those invited (the defaults).
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/at least 3 characters/);
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Purpose (optional)' }).fill('Agree on a shared referral checklist for labour exploitation.');
  await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('REGIONAL');
  await next.click();

  // 2. When: a date poll with two slots, typed in Rīga's zone.
  await expect(page.getByRole('heading', { name: 'Step 2 of 5: When' })).toBeFocused();
  await page.getByRole('combobox', { name: "The meeting's time zone" }).selectOption('Europe/Riga');
  await expect(page.getByRole('radio', { name: 'Ask the invitees in a date poll' })).toBeChecked();
  const slot = (n: number) => page.getByRole('group', { name: `Slot ${n}` });
  await slot(1).getByLabel('Starts (Europe/Riga)').fill('2027-04-13T10:00');
  await slot(1).getByLabel('Ends (Europe/Riga)').fill('2027-04-13T12:00');
  await page.getByRole('button', { name: 'Add a slot' }).click();
  await slot(2).getByLabel('Starts (Europe/Riga)').fill('2027-04-14T14:00');
  await slot(2).getByLabel('Ends (Europe/Riga)').fill('2027-04-14T13:00');
  await next.click();
  await expect(slot(2).getByLabel('Ends (Europe/Riga)')).toHaveAccessibleDescription('The end must come after the start.');
  await slot(2).getByLabel('Ends (Europe/Riga)').fill('2027-04-14T16:00');
  await next.click();

  // 3. Where: online, the link only for those with a seat.
  await expect(page.getByRole('heading', { name: 'Step 3 of 5: Where' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Online link (optional)' }).fill('https://meet.example.org/strom-expert-group');
  await next.click();

  // 4. Who: three municipalities' contact points in each of two member states.
  await expect(page.getByRole('heading', { name: 'Step 4 of 5: Who' })).toBeFocused();
  for (const [country, names] of Object.entries(PLACES)) {
    await page.getByRole('combobox', { name: 'Member state' }).selectOption(country);
    for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
  }
  const chosen = page.getByRole('list', { name: 'Chosen municipalities per country' });
  await expect(chosen.getByRole('listitem')).toHaveText(['Latvia: 3 of 3', 'Lithuania: 3 of 3']);
  await expectNoAxeViolations(page);
  await next.click();

  // 5. Review, then create: the wizard lands on the poll.
  const review = page.getByRole('definition');
  await expect(page.getByRole('heading', { name: 'Step 5 of 5: Review and create' })).toBeFocused();
  await expect(review.filter({ hasText: 'Riga (LV)' })).toContainText('Alytus (LT)');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/poll$/);
  const pollUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: `Date poll: ${title}` })).toBeVisible();
  const ranked = page.getByRole('list', { name: 'Proposed slots, best first' });
  await expect(ranked.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);

  // The invitee, in another browser and another zone, sees each slot in their time with Rīga's beside it.
  const invitee = await rigaContactPoint(browser);
  try {
    await invitee.goto(pollUrl);
    const poll = invitee.getByRole('region', { name: 'Date poll', exact: true });
    await expect(poll).toContainText(/13 Apr 2027, 09:00\s?–\s?11:00 \(your time\)/);
    await expect(poll).toContainText(/13 Apr 2027, 10:00\s?–\s?12:00 in Europe\/Riga/);
    await poll.getByRole('radiogroup', { name: 'Your answer for slot 1' }).getByRole('radio', { name: 'Yes' }).check();
    await poll.getByRole('radiogroup', { name: 'Your answer for slot 2' }).getByRole('radio', { name: 'No' }).check();
    await poll.getByRole('button', { name: 'Send date poll answers' }).click();
    await expect(poll.getByRole('status')).toHaveText('Date poll answers sent.');
    await expectNoAxeViolations(invitee);
  } finally {
    await invitee.context().close();
  }

  // The host sees the answer ranked first and picks that slot: the meeting is scheduled.
  await page.reload();
  const best = page.getByRole('list', { name: 'Proposed slots, best first' }).getByRole('listitem').first();
  await expect(best).toContainText('1 yes, 0 if need be, 0 no');
  await expect(best).toContainText(/13 Apr 2027, 10:00\s?–\s?12:00 \(your time\)/);
  await best.getByRole('button', { name: 'Pick this slot' }).click();
  await expect(page.getByText('The date of this meeting is set; the poll is closed.')).toBeVisible();
  await page.getByRole('link', { name: `Back to ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Scheduled', { exact: true })).toBeVisible();
  const participants = page.getByRole('region', { name: 'Participants' });
  await expect(participants).toContainText('6 invited');
  await expectNoAxeViolations(page);

  // The host makes a Latvian contact point a co-host, then removes a Lithuanian one, each after a confirmation.
  const latvian = participants.getByRole('list', { name: 'Latvia' }).getByRole('listitem').first();
  const appoint = latvian.getByRole('button', { name: /^Make .+ a co-host$/ });
  const coHost = (await appoint.innerText()).replace(/^Make (.+) a co-host$/, '$1');
  await appoint.click();
  await page
    .getByRole('dialog', { name: `Make ${coHost} a co-host` })
    .getByRole('button', { name: 'Make co-host' })
    .click();
  await expect(participants.getByRole('listitem').filter({ hasText: coHost })).toContainText('co-host');
  await expect(participants.getByRole('button', { name: `Make ${coHost} a co-host` })).toHaveCount(0);
  // …and takes it back: they stay a participant, and may be made a co-host again.
  await participants.getByRole('button', { name: `Remove ${coHost} as co-host` }).click();
  await page
    .getByRole('dialog', { name: `Remove ${coHost} as co-host` })
    .getByRole('button', { name: 'Remove as co-host' })
    .click();
  await expect(participants.getByRole('button', { name: `Make ${coHost} a co-host` })).toBeVisible();
  await expect(participants.getByRole('button', { name: `Remove ${coHost} as co-host` })).toHaveCount(0);
  await expect(participants).toContainText('6 invited');

  const lithuanian = participants.getByRole('list', { name: 'Lithuania' }).getByRole('listitem').first();
  const remove = lithuanian.getByRole('button', { name: /^Remove / });
  const removed = (await remove.innerText()).replace(/^Remove /, '');
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Remove ${removed}` });
  await expect(dialog).toContainText('Their seat goes to the first on the waiting list');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(participants).toContainText('5 invited');
  await expect(participants.getByRole('listitem').filter({ hasText: removed })).toHaveCount(0);
});

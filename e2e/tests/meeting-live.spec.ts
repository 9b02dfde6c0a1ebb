import { expect, expectNoAxeViolations, isPhone, signInUi, test } from './fixtures.js';

// Two browsers and three axe scans on a shared machine: more than the default 30 s.
test.setTimeout(120_000);

// The host runs Latvia's national round table from the laptop (or, in the phone project, a phone) while a participant
// follows on a phone in another browser context. The journey leaves the queue as it found it and moves the pointer one
// item on, so the second project's run finds the meeting live and takes the next item.
test('a host starts the meeting and moves the agenda on while a participant on a phone sees it and takes the floor', async ({
  page,
  browser,
}) => {
  await signInUi(page, 'moderator');
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('combobox', { name: 'Level' }).selectOption('NATIONAL');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('LV');
  await page.getByRole('list', { name: 'Meetings' }).getByRole('link', { name: 'Latvia: national round table' }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('textbox', { name: 'Title of item 2' })).toHaveValue(
    'The national referral mechanism: what changed this year',
  );
  await expectNoAxeViolations(page);
  await agenda.getByRole('link', { name: 'Open the live view' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/live$/);
  const liveUrl = page.url();

  // The participant, on a phone in the room, opens the same view.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Riga',
  });
  const participant = await phone.newPage();
  await signInUi(participant, 'member.lv');
  await participant.goto(liveUrl);
  await expect(participant.getByRole('heading', { level: 1, name: 'Live: Latvia: national round table' })).toBeVisible();

  // Started once (the second project's run finds it live already).
  const start = page.getByRole('button', { name: 'Start the meeting' });
  const end = page.getByRole('button', { name: 'End the meeting' });
  await expect(start.or(end)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(end).toBeVisible();
  await expect(participant.getByText('Live now', { exact: true })).toBeVisible();

  // The host moves the pointer on; the participant's view follows without a reload.
  const hostNow = page.getByRole('region', { name: 'Now discussing' });
  const participantNow = participant.getByRole('region', { name: 'Now discussing' });
  const before = (await participantNow.getByTestId('now-discussing-title').count()) > 0;
  const beforeTitle = before ? await participantNow.getByTestId('now-discussing-title').innerText() : null;
  await hostNow.getByRole('button', { name: /^(Next item|Start the first item)$/ }).click();
  const hostTitle = hostNow.getByTestId('now-discussing-title');
  if (beforeTitle) await expect(hostTitle).not.toHaveText(beforeTitle);
  const title = await hostTitle.innerText();
  await expect(participantNow.getByTestId('now-discussing-title')).toHaveText(title);
  await expect(participantNow.getByText(/left$/)).toBeVisible();
  await expect(participant.getByRole('list', { name: 'Agenda items' }).locator('[aria-current="step"]')).toContainText(title);
  await expectNoAxeViolations(participant);

  // The participant raises a hand; the host sees it in the queue and gives the floor; the participant finishes.
  const queue = participant.getByRole('region', { name: 'Speaker queue' });
  await queue.getByRole('button', { name: 'Raise your hand' }).click();
  await expect(queue.getByText('You are number 1 in the queue.')).toBeVisible();
  const hostQueue = page.getByRole('region', { name: 'Speaker queue' });
  await expect(hostQueue.getByRole('list', { name: 'Waiting to speak, in the order they will be called' })).toContainText('(Latvia)');
  await expectNoAxeViolations(page);
  await hostQueue.getByRole('button', { name: 'Call the next speaker' }).click();
  await expect(queue.getByText('You have the floor.')).toBeVisible();
  await queue.getByRole('button', { name: 'Finish speaking' }).click();
  await expect(hostQueue.getByText('Nobody has the floor.')).toBeVisible();
  await expect(queue.getByRole('button', { name: 'Raise your hand' })).toBeVisible();
  await phone.close();
});

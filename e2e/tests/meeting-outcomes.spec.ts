import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, isPhone, signInUi, test, uniqueWord } from './fixtures.js';
import { createMeeting, meetingTomorrow, scheduleMeeting } from './meeting-input.js';

// What a meeting produces: a live poll voted on from another browser, and minutes published after the meeting.
// Each test plans its own meeting through the API (the seeded ones stay as they are for the other journeys).

// Two browsers, each signing in, on a machine the suite shares: more than the default 30 s.
test.setTimeout(120_000);

/** A NETWORK meeting the moderator of `page` hosts, scheduled for tomorrow; its id. */
async function plannedMeeting(page: Page, title: string): Promise<string> {
  const input = meetingTomorrow(title);
  const { id } = input;
  await createMeeting(page.request, input);
  await scheduleMeeting(page.request, id);
  return id;
}

/** A participant in a browser context of their own (own address, the project's size), registered for the meeting. */
async function participant(browser: Browser, page: Page, meetingId: string): Promise<Page> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Riga',
    locale: 'en-GB',
    viewport: page.viewportSize(),
    extraHTTPHeaders: { 'x-forwarded-for': `198.19.254.${isPhone(page) ? 2 : 1}` },
  });
  const other = await context.newPage();
  await signInUi(other, 'member.pl');
  await graphql(
    other.request,
    `
      mutation ($input: RsvpInput!) {
        rsvpMeeting(input: $input) {
          id
        }
      }
    `,
    {
      input: { meetingId, answer: 'YES' },
    },
  );
  return other;
}

/** The host prepares and opens a poll in the page's Polls region (meeting page or live page); its article. */
async function openPoll(page: Page, question: string, options: string) {
  const polls = page.getByRole('region', { name: 'Polls' });
  await expect(polls).toContainText('No polls yet.');
  await polls.getByRole('textbox', { name: 'Question' }).fill(question);
  await polls.getByRole('textbox', { name: 'Options (one per line)' }).fill(options);
  await polls.getByRole('button', { name: 'Prepare the poll' }).click();
  const poll = polls.getByRole('article', { name: question });
  await poll.getByRole('button', { name: 'Open the poll' }).click();
  await expect(poll.getByTestId('poll-results')).toContainText('0 votes');
  return poll;
}

test('a host opens a poll and a participant’s vote shows in the host’s results live', async ({ page, browser }) => {
  await signInUi(page, 'moderator');
  const question = `Adopt the checklist? ${uniqueWord(6)}`;
  const meetingId = await plannedMeeting(page, `Live poll meeting ${question.slice(-6)}`);
  const member = await participant(browser, page, meetingId);

  await page.goto(`/meetings/${meetingId}`);
  const hostPoll = await openPoll(page, question, 'Yes\nNo\nLater');
  await expectNoAxeViolations(page);

  await member.goto(`/meetings/${meetingId}`);
  const ballot = member.getByRole('region', { name: 'Polls' }).getByRole('article', { name: question });
  await ballot.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name: 'Yes' }).check();
  await expectNoAxeViolations(member);
  await ballot.getByRole('button', { name: 'Vote' }).click();
  await expect(ballot.getByText('You voted.')).toBeVisible();
  await expect(ballot.getByTestId('poll-results')).toContainText('Yes: 1 vote · Your choice');

  // The host's page was not reloaded: the count came with the meeting's event stream.
  await expect(hostPoll.getByTestId('poll-results')).toContainText('Yes: 1 vote');
  await expect(hostPoll.getByTestId('poll-results')).toContainText('1 vote');
  await member.context().close();
});

test('the live page follows polls on its one event stream', async ({ page, browser }) => {
  await signInUi(page, 'moderator');
  const question = `Meet in Vilnius? ${uniqueWord(6)}`;
  const meetingId = await plannedMeeting(page, `Live stream meeting ${question.slice(-6)}`);
  const member = await participant(browser, page, meetingId);
  // Every subscription the host's page opens to the meeting's events.
  const subscribed: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      if (typeof payload === 'string' && payload.includes('"subscribe"') && payload.includes('meetingEvent(')) subscribed.push(payload);
    }),
  );

  await page.goto(`/meetings/${meetingId}/live`);
  const hostPoll = await openPoll(page, question, 'Yes\nNo');

  await member.goto(`/meetings/${meetingId}`);
  const ballot = member.getByRole('region', { name: 'Polls' }).getByRole('article', { name: question });
  await ballot.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name: 'No' }).check();
  await ballot.getByRole('button', { name: 'Vote' }).click();
  await expect(ballot.getByText('You voted.')).toBeVisible();

  // The vote reached the live page without a reload, through the page's one subscription.
  await expect(hostPoll.getByTestId('poll-results')).toContainText('No: 1 vote');
  await expectNoAxeViolations(page);
  expect(subscribed).toHaveLength(1);
  await member.context().close();
});

test('minutes published after the meeting show its decisions and action items to a participant', async ({ page, browser }) => {
  await signInUi(page, 'moderator');
  const suffix = uniqueWord(6);
  const meetingId = await plannedMeeting(page, `Minutes meeting ${suffix}`);
  const member = await participant(browser, page, meetingId);
  await graphql(
    page.request,
    `
      mutation ($id: ID!) {
        startMeeting(id: $id) {
          id
        }
      }
    `,
    { id: meetingId },
  );

  await page.goto(`/meetings/${meetingId}`);
  const notes = page.getByRole('region', { name: 'Notes and decisions' });
  await notes.getByRole('textbox', { name: 'Text' }).fill(`Adopt the shared checklist ${suffix}`);
  await notes.getByRole('button', { name: 'Record' }).click();
  await expect(notes.getByRole('list')).toContainText(`Adopt the shared checklist ${suffix}`);
  const actions = page.getByRole('region', { name: 'Action items' });
  await actions.getByRole('textbox', { name: 'What is to be done' }).fill(`Translate the checklist ${suffix}`);
  const owner = actions.getByRole('combobox', { name: 'Owner' });
  await owner.selectOption({ index: 2 });
  await actions.getByRole('textbox', { name: 'Due date' }).fill('2027-06-30');
  await actions.getByRole('button', { name: 'Add the action item' }).click();
  await expect(actions.getByRole('list')).toContainText(`Translate the checklist ${suffix}`);
  await expectNoAxeViolations(page);
  await graphql(
    page.request,
    `
      mutation ($id: ID!) {
        endMeeting(id: $id) {
          id
        }
      }
    `,
    { id: meetingId },
  );

  await page.reload();
  await page.getByRole('link', { name: 'Minutes', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/minutes$`));
  await page.getByRole('button', { name: 'Generate the minutes' }).click();
  const minutes = page.getByRole('article', { name: 'Minutes' });
  await expect(minutes.getByRole('heading', { name: 'Decisions' })).toBeVisible();
  await expect(minutes).toContainText(`Adopt the shared checklist ${suffix}`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Publish to the participants' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish to the participants' }).click();
  await expect(page.getByText(/^Published /)).toBeVisible();

  await member.goto(`/meetings/${meetingId}`);
  await member.getByRole('link', { name: 'Minutes', exact: true }).click();
  const published = member.getByRole('article', { name: 'Minutes' });
  await expect(published.getByRole('heading', { name: 'Decisions' })).toBeVisible();
  await expect(published).toContainText(`Adopt the shared checklist ${suffix}`);
  await expect(published.getByRole('heading', { name: 'Action items' })).toBeVisible();
  await expect(published).toContainText(`Translate the checklist ${suffix}`);
  await expect(published).toContainText('by 2027-06-30');
  await expect(member.getByRole('button', { name: 'Download (.md)' })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Generate again from the meeting' })).toHaveCount(0);
  await expectNoAxeViolations(member);
  await member.context().close();
});

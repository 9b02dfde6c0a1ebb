import { type Browser, type Page } from '@playwright/test';
import { demoEmail, expect, expectNoAxeViolations, graphql, graphqlResponse, signInApi, signInUi, test } from './fixtures.js';
import { linkFromMail, mailContaining } from './mail.js';

// Two-factor codes cannot be replayed: the admin and coordinator journeys may wait for a new 30-second step.
test.setTimeout(120_000);

const NEW_PASSWORD = 'a-passphrase-for-the-newcomer';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ reducedMotion: 'reduce', timezoneId: 'Europe/Riga' })).newPage();
}

/** The first expert of a country whose email the viewer of `page` can or cannot see, from the API the UI uses. */
async function expertWithEmail(
  page: Page,
  countryCode: string,
  visible: boolean,
): Promise<{ id: string; fullName: string; email: string | null }> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: `query ($c: String) { experts(first: 100, filter: { countryCode: $c }) { edges { node { id fullName contacts { email } } } } }`,
      variables: { c: countryCode },
    },
  });
  const body = (await response.json()) as {
    data: { experts: { edges: { node: { id: string; fullName: string; contacts: { email: string | null } } }[] } };
  };
  const node = body.data.experts.edges.map((e) => e.node).find((n) => (n.contacts.email !== null) === visible);
  if (!node) throw new Error(`no ${countryCode} expert whose email is ${visible ? 'visible' : 'hidden'}`);
  return { id: node.id, fullName: node.fullName, email: node.contacts.email };
}

test('an admin invites, the invitee joins from the emailed link and sees the contacts they may see', async ({
  page,
  browser,
}, testInfo) => {
  const invitee = `newcomer.${testInfo.project.name}.${Date.now()}@demo.strom.invalid`;

  // Through the page with its second factor, whatever ran before: the other journeys may resume a session.
  await signInUi(page, 'admin', { throughThePage: true });
  await page.goto('/invite');
  await expect(page.getByRole('heading', { level: 1, name: 'Invite a member' })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: 'Invitation' });
  await form.getByLabel('Their name').fill('Dace Newcomer');
  await form.getByLabel('Email address').fill(invitee);
  await form.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await form.getByLabel('A new organisation').check();
  await form.getByLabel('Name of the organisation').fill(`Vidzeme Support Centre ${testInfo.project.name}`);
  await form.getByRole('combobox', { name: 'Organisation type' }).selectOption({ label: 'Non-governmental organisation' });
  await form.getByRole('combobox', { name: 'Level' }).selectOption({ value: 'NATIONAL' });
  await form.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText('Invitation sent')).toBeVisible();

  const link = await linkFromMail(invitee, '/invitations/accept?token=');
  const newcomer = await newPage(browser);
  await newcomer.goto(new URL(link).pathname + new URL(link).search);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Join Strom' })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  const accept = newcomer.getByRole('form', { name: 'Create your account' });
  await accept.getByLabel('Full name').fill('Dace Newcomer');
  await accept.getByLabel('Choose a password').fill(NEW_PASSWORD);
  await accept.getByLabel('Repeat the password').fill(NEW_PASSWORD);
  await accept.getByRole('button', { name: 'Create my account' }).click();
  await expect(newcomer).toHaveURL(/\/account/);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
  await expectNoAxeViolations(newcomer);

  // The link works once: a second visit says so.
  const again = await newPage(browser);
  await again.goto(new URL(link).pathname + new URL(link).search);
  await expect(again.getByText('This invitation link is not valid any more.')).toBeVisible();

  // Now a member in Latvia: a colleague's email shows where its visibility allows, and not where it does not.
  const visible = await expertWithEmail(newcomer, 'LV', true);
  await newcomer.goto(`/experts/${visible.id}`);
  await expect(newcomer.getByRole('heading', { level: 1, name: visible.fullName })).toBeVisible();
  await expect(newcomer.getByRole('link', { name: visible.email! })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  const hidden = await expertWithEmail(newcomer, 'PL', false);
  await newcomer.goto(`/experts/${hidden.id}`);
  await expect(newcomer.getByRole('heading', { level: 1, name: hidden.fullName })).toBeVisible();
  await expect(newcomer.getByRole('link', { name: /@/ })).toHaveCount(0);
});

test('a member proposes a colleague and the country’s coordinator approves', async ({ page, browser }, testInfo) => {
  const candidate = `candidate.${testInfo.project.name}.${Date.now()}@demo.strom.invalid`;

  await signInUi(page, 'member.lv');
  await page.goto('/propose');
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a member' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Proposal' });
  const name = `Kristīne Kalna ${testInfo.project.name} ${Date.now()}`;
  await form.getByLabel('Their name').fill(name);
  await form.getByLabel('Email address').fill(candidate);
  await form.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  // The search box commits after a pause and clears the choice: choose once its matches are in.
  const matches = graphqlResponse(page, 'InvitationOrganisations', (v) => v.filter?.text === 'Liepāja');
  await form.getByLabel('Find the organisation').fill('Liepāja');
  await matches;
  const organisation = form.getByRole('combobox', { name: 'Organisation', exact: true });
  await expect(organisation).toBeEnabled();
  await expect(organisation.locator('option')).not.toHaveCount(1);
  await organisation.selectOption({ index: 1 });
  await form.getByLabel('Their role in the organisation').fill('Shelter manager');
  await form.getByLabel('Why this person').fill('Runs the municipal shelter programme and asked to join the Latvian expert group.');
  await form.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(page.getByText('Proposal sent')).toBeVisible();
  await expectNoAxeViolations(page);

  const coordinator = await newPage(browser);
  await signInUi(coordinator, 'coordinator.lv');
  // Those who approve see how many requests wait for them, without opening the menu.
  await expect(coordinator.getByRole('button', { name: /\d+ approvals? waits? for you/ })).toBeVisible();
  await coordinator.goto('/approvals');
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const card = coordinator.getByRole('listitem').filter({ hasText: candidate });
  await expect(card.getByRole('heading', { name })).toBeVisible();
  await expect(card).toContainText('Shelter manager');
  await expect(card).toContainText('who vouches for them');
  await expect(card).toContainText('Runs the municipal shelter programme');
  await expectNoAxeViolations(coordinator);
  await card.getByRole('button', { name: 'Approve' }).click();
  await coordinator.getByRole('dialog', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
  await expect(coordinator.getByText(`Approved: an invitation was emailed to ${name}.`)).toBeVisible();
  await linkFromMail(candidate, '/invitations/accept?token=');
});

test('a coordinator declines a proposal with a reason, and the proposer is told by mail', async ({ page, browser }, testInfo) => {
  const name = `Declined Candidate ${testInfo.project.name} ${Date.now()}`;
  const reason = `Not a frontline role (${testInfo.project.name}).`;
  await signInApi(page.request, 'member.lv');
  const { organisations } = await graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
    page.request,
    `
      {
        organisations(first: 1, filter: { countryCode: "LV", level: NATIONAL }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
  );
  await graphql(
    page.request,
    `
      mutation ($input: ProposeMemberInput!) {
        proposeMember(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        fullName: name,
        email: `declined.${testInfo.project.name}.${Date.now()}@demo.strom.invalid`,
        countryCode: 'LV',
        organisationId: organisations.edges[0]!.node.id,
        reason: 'A colleague from the regional office.',
      },
    },
  );

  const coordinator = await newPage(browser);
  await signInUi(coordinator, 'coordinator.lv');
  const badge = coordinator.getByRole('button', { name: /(\d+) approvals? waits? for you/ });
  await expect(badge).toBeVisible();
  await coordinator.goto('/approvals');
  const card = coordinator.getByRole('listitem').filter({ hasText: name });
  await expect(card.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Decline' }).click();
  const dialog = coordinator.getByRole('dialog', { name: 'Decline' });
  await dialog.getByLabel('Reason (optional)').fill(reason);
  await expectNoAxeViolations(coordinator);
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await expect(coordinator.getByText('Declined: its author was told by email.')).toBeVisible();
  await expect(card).toHaveCount(0);

  const mail = await mailContaining(demoEmail('member.lv'), reason);
  expect(mail).toContain(`Your proposal of ${name} to join Strom was declined.`);
});

import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, graphql, signInApi, signInUi, test, uniqueWord } from './fixtures.js';

// Journeys on the last pieces of directory upkeep and pathways, on a seeded server that other journeys use too: each
// makes its own records (unique names) or puts back what it changed, and reads every number from the page or the API.
// A coordinator's two-factor sign-in may wait for a new 30-second step, and every page is scanned by axe.
test.setTimeout(150_000);

async function municipalityId(request: APIRequestContext, name: string): Promise<string> {
  const { municipalities } = await graphql<{ municipalities: { id: string; name: string }[] }>(
    request,
    `
      query {
        municipalities(countryCode: "LV") {
          id
          name
        }
      }
    `,
  );
  return municipalities.find((m) => m.name === name)!.id;
}

async function createOrganisation(request: APIRequestContext, name: string, municipality: string, reason?: string): Promise<string> {
  const id = randomUUID();
  const input = { id, name, type: 'NGO', scope: { level: 'LOCAL', municipalityId: municipality }, publiclyListed: false, reason };
  await graphql(
    request,
    `
      mutation ($input: CreateOrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    { input },
  );
  return id;
}

/** The number on the account button's approvals badge (the button starts with the viewer's name); 0 without one. */
async function approvalsBadge(page: Page, fullName: string): Promise<number> {
  // The badge's words for screen readers ("2 approvals wait for you"): the digits beside them are the same number.
  const words = page.getByRole('button', { name: new RegExp(`^${fullName}`) }).getByText(/approvals? waits? for you/);
  if ((await words.count()) === 0) return 0;
  return Number(/^(\d+)/.exec((await words.textContent()) ?? '')?.[1] ?? 0);
}

/** The badge's number as the server counts it: invitations and proposed organisations waiting for the viewer. */
async function waitingApprovals(request: APIRequestContext): Promise<number> {
  const counts = await graphql<{ pendingApprovalCount: number; proposedOrganisationCount: number }>(
    request,
    `
      query {
        pendingApprovalCount
        proposedOrganisationCount
      }
    `,
  );
  return counts.pendingApprovalCount + counts.proposedOrganisationCount;
}

async function viewerName(request: APIRequestContext): Promise<string> {
  const { viewer } = await graphql<{ viewer: { expert: { fullName: string } } }>(
    request,
    `
      query {
        viewer {
          expert {
            fullName
          }
        }
      }
    `,
  );
  return viewer.expert.fullName;
}

test('Latvia’s coordinator moves an organisation to another municipality, then merges it into another', async ({ page }) => {
  await signInUi(page, 'coordinator.lv');
  const liepaja = await municipalityId(page.request, 'Liepāja');
  const word = uniqueWord();
  const source = await createOrganisation(page.request, `Kurzeme outreach ${word}`, liepaja);
  const target = `Kurzeme alliance ${word}`;
  await createOrganisation(page.request, target, liepaja);

  await page.goto(`/organisations/${source}/edit`);
  const scope = page.getByRole('form', { name: 'Where it works' });
  await expect(scope.getByRole('combobox', { name: /^Municipality/ })).toHaveValue(liepaja);
  await scope.getByRole('combobox', { name: /^Municipality/ }).selectOption({ label: 'Jelgava' });
  await scope.getByRole('button', { name: 'Save where it works' }).click();
  await expect(scope.getByRole('status')).toContainText('The organisation now works here.');
  await expectNoAxeViolations(page);

  const merge = page.getByRole('region', { name: 'Merge into another organisation' });
  await merge.getByRole('textbox', { name: 'Find the organisation that carries on' }).fill(`alliance ${word}`);
  await merge.getByRole('button', { name: `Merge into ${target}` }).click();
  const dialog = page.getByRole('dialog', { name: `Merge into ${target}` });
  await expect(dialog).toContainText('its people are asked to move their profile');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${source}$`));
  await expect(page.getByText('This organisation has merged into')).toBeVisible();
  await expect(page.getByRole('link', { name: target })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a member’s proposed organisation counts in the coordinator’s approvals badge until it is approved', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInUi(page, 'coordinator.lv');
  await page.goto('/');
  const name = await viewerName(page.request);
  await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  // What waits now, from the server: the badge loads after the name, so reading it at once could read 0.
  const before = await waitingApprovals(page.request);
  await expect.poll(() => approvalsBadge(page, name)).toBe(before);

  const member = await playwright.request.newContext({ baseURL });
  await signInApi(member, 'member.lv');
  const proposal = `Kurzeme night shelter ${uniqueWord()}`;
  await createOrganisation(member, proposal, await municipalityId(member, 'Liepāja'), 'They run the only night shelter in Kurzeme');
  await member.dispose();

  await page.reload();
  await expect.poll(() => approvalsBadge(page, name)).toBe(before + 1);
  await page.goto('/approvals');
  const proposals = page.getByRole('region', { name: 'Proposed organisations' });
  await expect(proposals.getByText(proposal, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await proposals.getByRole('button', { name: `Approve ${proposal}` }).click();
  await expect(proposals.getByText(proposal, { exact: true })).toHaveCount(0);
  await expect.poll(() => approvalsBadge(page, name)).toBe(before);
});

test('a coordinator names an editor of Jelgava’s pathway; the step editor flags a phone number as it is typed', async ({ page }) => {
  await signInUi(page, 'coordinator.lv');
  const jelgava = await municipalityId(page.request, 'Jelgava');
  const me = await viewerName(page.request);
  const { experts } = await graphql<{ experts: { edges: { node: { fullName: string } }[] } }>(
    page.request,
    `
      query {
        experts(first: 10, filter: { countryCode: "LV" }) {
          edges {
            node {
              fullName
            }
          }
        }
      }
    `,
  );
  const editor = experts.edges.map((e) => e.node.fullName).find((fullName) => fullName !== me)!;

  await page.goto(`/m/${jelgava}`);
  const editors = page.getByRole('region', { name: 'Editors' });
  await expect(editors.getByRole('textbox', { name: 'Find a member to name as editor' })).toBeVisible();
  // A retry finds the editor named by the attempt before: start from where the journey begins.
  const remove = editors.getByRole('button', { name: `Remove ${editor}` });
  if (await remove.isVisible()) {
    await remove.click();
    await expect(remove).toHaveCount(0);
  }
  await editors.getByRole('textbox', { name: 'Find a member to name as editor' }).fill(editor);
  await editors.getByRole('button', { name: `Name ${editor} as editor` }).click();
  await expect(editors.getByRole('list', { name: 'Editors' })).toContainText(editor);
  await expectNoAxeViolations(page);
  await remove.click();
  await expect(remove).toHaveCount(0);

  await page.goto(`/m/${jelgava}/pathway/edit`);
  const step = page.getByRole('group', { name: 'Step 1' });
  const action = step.getByRole('textbox', { name: 'What they do' });
  const text = await action.inputValue();
  await action.fill(`${text} At night call +371 2912 3456.`);
  const panel = page.getByRole('region', { name: "Victims' personal data in “Step 1: What they do”" });
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: /^Remove “\+371 2912 3456” from the text/ }).click();
  await expect(panel).toHaveCount(0);
  await expect(action).toHaveValue(/At night call/);
  await page.getByRole('textbox', { name: /^Why this change/ }).fill(`Night contact ${uniqueWord()}`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Version \d+ saved\./ })).toBeVisible();
});

test('search results lead from an organisation’s municipality to the municipality’s page', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/search?q=Liepaja');
  const results = page.getByRole('list', { name: 'Search results' });
  const place = results.getByRole('link', { name: 'Liepāja', exact: true }).first();
  await expect(place).toBeVisible();
  await expectNoAxeViolations(page);
  await place.click();
  await expect(page).toHaveURL(/\/m\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Liepāja' })).toBeVisible();
});

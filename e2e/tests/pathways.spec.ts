import { expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

// Runs at laptop and phone size against the same seeded server: each run saves and publishes one more version of
// Liepāja's pathway (the demo has published version 2), so the numbers are read from the page, never assumed.
// Latvia's coordinator edits: a coordinator of the country is an editor of every Latvian pathway, and in the whole
// suite also Liepāja's contact point (directory-upkeep.spec.ts names them, ending member.lv's term).
test('Latvia’s coordinator edits Liepāja’s pathway, publishes it, sees the gaps, compares it with Klaipėda and prints it', async ({
  page,
}) => {
  // Five pages, each scanned by axe: a long journey, on a machine that may be loaded.
  test.setTimeout(240_000);
  await signInUi(page, 'coordinator.lv');
  // Each run (each project, and a retry) adds its own step: a word of its own tells them apart.
  const action = `From here the state social inclusion programme takes over (${uniqueWord()}).`;

  // From the map's list of places to the directory there, and on to the municipality's page.
  await page.goto('/map?country=LV');
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('Liepaja');
  await page.getByRole('list', { name: 'Places on the map' }).getByRole('button').click();
  await expect(page).toHaveURL(/\/experts\?country=LV&municipality=[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: 'Municipality page: Liepāja' }).click();
  await expect(page).toHaveURL(/\/m\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Liepāja' })).toBeVisible();
  const pathway = page.getByRole('region', { name: 'Referral pathway' });
  await expect(pathway.getByRole('list', { name: 'Steps of the pathway' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Guideline progress' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The editor: a step for social inclusion, with a reason, saved as the next version and published.
  await pathway.getByRole('link', { name: 'Edit the pathway' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the referral pathway: Liepāja' })).toBeVisible();
  const steps = page.getByRole('group', { name: /^Step \d+$/ });
  const before = await steps.count();
  await page.getByRole('button', { name: 'Add a step' }).click();
  const added = page.getByRole('group', { name: `Step ${before + 1}` });
  await added.getByRole('combobox', { name: 'NRM stage' }).selectOption('SOCIAL_INCLUSION');
  await added.getByRole('textbox', { name: 'What they do' }).fill(action);
  await added.getByRole('checkbox', { name: 'Adult men' }).check();
  // Handing over to the national mechanism is acting at this stage: the gap closes.
  await added.getByRole('checkbox', { name: 'From here the national mechanism takes over' }).check();
  await page.getByRole('textbox', { name: 'Why this change (kept with the version)' }).fill('Social inclusion step added');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save draft' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Version \d+ saved\.$/ });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const number = Number(/Version (\d+)/.exec((await saved.textContent()) ?? '')![1]);
  await page.getByRole('button', { name: `Publish version ${number}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Version ${number} is published.` })).toBeVisible({ timeout: 30_000 });

  // Back on the municipality's page: the published version, its computed gaps, the history.
  await page.getByRole('link', { name: 'Back to the municipality' }).click();
  await expect(pathway.getByText(new RegExp(`^Version ${number}, published`))).toBeVisible();
  await expect(pathway.getByRole('list', { name: 'Steps of the pathway' }).getByText(action)).toBeVisible();
  const gaps = pathway.getByRole('list', { name: 'Gaps' });
  await expect(gaps).toContainText('Nobody acts at the stage “Return and reintegration”');
  await expect(gaps).not.toContainText('Nobody acts at the stage “Social inclusion”');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Social inclusion step added');
  await expect(page.getByRole('table', { name: 'Changes between the two versions' })).toContainText('Added');
  await expectNoAxeViolations(page);

  // Compared with Klaipėda's, stage by stage.
  await pathway.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare referral pathways' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Second pathway' }).selectOption({ label: 'Klaipėda (LT)' });
  await expect(page).toHaveURL(/\/pathways\/compare\?a=[0-9a-f-]{36}&b=[0-9a-f-]{36}$/);
  const table = page.getByRole('table', { name: 'Liepāja (LV) / Klaipėda (LT)' });
  await expect(table.getByRole('rowheader', { name: 'Social inclusion' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Social inclusion/ })).toContainText('No step');
  await expectNoAxeViolations(page);

  // The one-page print view.
  await page.goBack();
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(/\/m\/[0-9a-f-]{36}\/pathway\/print$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Referral pathway: Liepāja' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Version ${number}, published`))).toBeVisible();
  await expect(page.getByRole('table', { name: 'Steps of the pathway' })).toContainText(action);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

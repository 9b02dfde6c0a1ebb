import { type Locator, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInUi, test } from './fixtures.js';

// The demo's closed working group (LOCAL, Latvia) and Latvia's national SCOPE forum, both managed by Latvia's coordinator.
const GROUP_SLUG = 'riga-jelgava-liepaja-referral';
const LATVIA_SLUG = 'national-lv';
// member.pl of the demo data: a member in Gdańsk, so outside Latvia's scope.
const POLISH_MEMBER = 'Rafał Kozłowski';

// A coordinator's two-factor sign-in may wait for a new 30-second step.
test.setTimeout(120_000);

async function search(section: Locator, text: string): Promise<void> {
  await section.getByRole('textbox', { name: /Find a member by name/ }).fill(text);
}

async function openPeople(page: Page, slug: string): Promise<{ moderators: Locator; members: Locator }> {
  await page.goto(`/forums/${slug}`);
  await page.getByRole('link', { name: 'Edit forum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
  return {
    moderators: page.getByRole('region', { name: 'Moderators' }),
    members: page.getByRole('region', { name: 'Members of the group' }),
  };
}

test('a coordinator adds a member to a closed group, names them moderator, then removes them again', async ({ page }) => {
  await signInUi(page, 'coordinator.lv');

  // Latvia's national forum is for members in Latvia: the Polish member is not offered as its moderator.
  const national = await openPeople(page, LATVIA_SLUG);
  await expect(national.members).toHaveCount(0);
  await search(national.moderators, 'Rafa');
  await expect(national.moderators.getByText('No member matches.')).toBeVisible();
  await expectNoAxeViolations(page);

  const { moderators, members } = await openPeople(page, GROUP_SLUG);
  await expect(members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toHaveCount(0);
  // Not in the group yet, so not someone who could moderate it.
  await search(moderators, 'Rafa');
  await expect(moderators.getByText('No member matches.')).toBeVisible();

  // Anyone of the network may be invited into the group.
  await search(members, 'Rafa');
  await members.getByRole('button', { name: new RegExp(`^Add ${POLISH_MEMBER}`) }).click();
  await expect(members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toBeVisible();
  await expect(members.getByRole('textbox', { name: /Find a member by name/ })).toHaveValue('');
  await expectNoAxeViolations(page);

  // A member now: the moderators' search offers them.
  await search(moderators, 'Raf');
  await moderators.getByRole('button', { name: new RegExp(`^Add ${POLISH_MEMBER}`) }).click();
  await expect(moderators.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toBeVisible();

  // The changes were saved: they are there after a reload.
  await page.reload();
  await expect(moderators.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toBeVisible();
  await expect(members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toBeVisible();

  await moderators.getByRole('button', { name: `Remove ${POLISH_MEMBER}` }).click();
  await expect(moderators.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toHaveCount(0);
  await members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` }).click();
  await expect(members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toHaveCount(0);
  await page.reload();
  await expect(members.getByRole('button', { name: /^Remove / }).first()).toBeVisible();
  await expect(members.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toHaveCount(0);
  await expect(moderators.getByRole('button', { name: `Remove ${POLISH_MEMBER}` })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

import { expect, expectNoAxeViolations, graphql, signInApi, signInUi, test } from './fixtures.js';

test('home explains Strom, counts the network and shows changes live', async ({ page, request }) => {
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      }),
    );
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Task Force against Trafficking in Human Beings/).first()).toBeVisible();
  await expect(page.getByText(/demo data/i).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A member who edits their organisation (member.lv, see the demo accounts) changes it through the API.
  await signInApi(request, 'member.lv');
  const { viewer } = await graphql<{ viewer: { expert: { organisation: { id: string; name: string; version: number } } } }>(
    request,
    `
      {
        viewer {
          expert {
            organisation {
              id
              name
              version
            }
          }
        }
      }
    `,
  );
  const organisation = viewer.expert.organisation;
  const feed = page.getByRole('region', { name: /activity/i });
  await expect(feed).toBeVisible();
  await subscribed;
  // The server registers the subscription a moment after the subscribe frame, and tells nobody when. So rename
  // until a rename arrives live: the first one almost always does. The new entry arrives on top; older entries
  // about the same organisation show its current name too.
  let version = organisation.version;
  await expect(async () => {
    const renamed = `${organisation.name} (live ${Date.now()})`;
    const { updateOrganisation } = await graphql<{ updateOrganisation: { version: number } }>(
      request,
      `
        mutation ($input: UpdateOrganisationInput!) {
          updateOrganisation(input: $input) {
            id
            version
          }
        }
      `,
      {
        input: { id: organisation.id, expectedVersion: version, name: renamed },
      },
    );
    version = updateOrganisation.version;
    await expect(feed.getByRole('listitem').first().getByRole('link', { name: renamed })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
});

test('a visitor learns how to join, and a member starts from their own links', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'How to join the network' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How to join' })).toBeVisible();
  const contacts = page.getByRole('list', { name: 'National coordinators by country' });
  await expect(contacts.getByRole('listitem')).toHaveCount(10);
  await expect(contacts.getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Help and legal pages hang off the footer on every page.
  for (const [link, heading] of [
    ['Privacy notice', 'Privacy notice'],
    ['Accessibility', 'Accessibility statement'],
  ]) {
    await page.getByRole('navigation', { name: 'About Strom' }).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }

  await signInUi(page, 'member.lv');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Find my counterpart' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'How to join the network' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

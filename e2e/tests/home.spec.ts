import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, graphql, signInApi } from './fixtures.js';

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
  const renamed = `${organisation.name} (live ${Date.now()})`;
  const feed = page.getByRole('region', { name: /activity/i });
  await expect(feed).toBeVisible();
  await subscribed;
  // The subscribe frame is on its way; give the server a moment to register it before the change happens.
  await page.waitForTimeout(300);
  await graphql(
    request,
    `
      mutation ($input: UpdateOrganisationInput!) {
        updateOrganisation(input: $input) {
          id
        }
      }
    `,
    {
      input: { id: organisation.id, expectedVersion: organisation.version, name: renamed },
    },
  );
  // The new entry arrives on top; older entries about the same organisation show its current name too.
  await expect(feed.getByRole('listitem').first().getByRole('link', { name: renamed })).toBeVisible();
});

import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, graphql } from './fixtures.js';

/** Signs in as Riga's contact point (a member account of the demo, whose role no journey changes); returns Riga's id. */
export async function signInAsRigaContactPoint(page: Page): Promise<string> {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: false }).first().fill('contact.riga@demo.strom.invalid');
  await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  const { municipalities } = await graphql<{ municipalities: { id: string; name: string }[] }>(
    page.request,
    `
      {
        municipalities {
          id
          name
        }
      }
    `,
  );
  return municipalities.find((m) => m.name === 'Riga')!.id;
}

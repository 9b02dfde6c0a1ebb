import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInUi, test, uniqueWord } from './fixtures.js';

test.setTimeout(120_000);

/** A one-page PDF showing `lines` in Helvetica: what a member uploads, with a word the search must find in it. */
function pdfWith(lines: readonly string[]): Buffer {
  const content = `BT /F1 12 Tf 72 760 Td 16 TL ${lines.map((line) => `(${line}) '`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('a member uploads a PDF guideline and finds it by a word from its text', async ({ page }) => {
  const title = `Guideline ${uniqueWord()}`;
  // A word only the file holds (not the title or summary): found only if the server read the PDF's text.
  const inText = uniqueWord(10);
  await signInUi(page, 'member.lv');
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Identification training, module 1: the first contact' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add a resource' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a resource' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await page.getByRole('textbox', { name: 'Summary' }).fill('How front-line staff recognise labour exploitation at the first contact.');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'first-contact.pdf',
    mimeType: 'application/pdf',
    buffer: pdfWith(['Guideline for the first contact', `Ask about the ${inText} arrangement`]),
  });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(page.getByTestId('form-success')).toHaveText(`“${title}” is in the library.`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Download first-contact\.pdf/ })).toBeVisible();
  await expect(page.getByText('The text of this file is searchable.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(page.getByText('1 member recommends it')).toBeVisible();

  await page.goto(`/library?q=${inText}`);
  const results = page.getByRole('list', { name: 'Resources' });
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('an anonymous visitor reads a public resource, downloads its file and reads the Atom feed', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const leaflet = 'Know your rights at work: a leaflet for seasonal workers';
  await expect(page.getByRole('link', { name: leaflet })).toBeVisible();
  // Members' resources stay with members.
  await expect(page.getByRole('link', { name: 'Referral form for municipal social services' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: leaflet }).click();
  await expect(page.getByRole('heading', { level: 1, name: leaflet })).toBeVisible();
  const download = page.getByRole('link', { name: /^Download lv-seasonal-leaflet\.pdf/ });
  await expect(download).toBeVisible();
  await expect(page.getByRole('button', { name: 'Recommend' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const file = await page.request.get((await download.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(file.headers()['content-disposition']).toContain('lv-seasonal-leaflet.pdf');

  const feedHref = await page
    .goto('/library')
    .then(() => page.getByRole('link', { name: 'Atom feed of public resources' }).getAttribute('href'));
  const feed = await page.request.get(feedHref!);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await feed.text();
  expect(xml).toContain(`<title>${leaflet}</title>`);
  expect(xml).not.toContain('Referral form for municipal social services');
});

/** Picks the first option of a Mantine multi-select matching what is typed, by keyboard (as prevention.spec.ts does). */
async function choose(page: Page, label: string, typed: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await input.press('ArrowDown');
  await input.press('Enter');
  await input.press('Escape');
}

test('a member edits a resource and links it from a prevention activity, where it shows and from where it is listed', async ({ page }) => {
  const word = uniqueWord(10);
  const first = `Leaflet draft ${word}`;
  const revised = `Seasonal work leaflet ${word}`;
  const activity = `Market day talks ${uniqueWord()}`;
  await signInUi(page, 'member.lv');
  await page.goto('/library/new');
  await page.getByRole('textbox', { name: /^Title/ }).fill(first);
  await page.getByRole('radio', { name: 'a link' }).check();
  await page.getByRole('textbox', { name: 'Link' }).fill('https://example.org/leaflet');
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit resource' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(first);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /^Title/ }).fill(revised);
  await page.getByRole('textbox', { name: 'Summary' }).fill('What seasonal workers should check before they sign.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('form-success')).toHaveText(`Your changes to “${revised}” are saved.`);
  await expect(page.getByRole('heading', { level: 1, name: revised })).toBeVisible();
  await expect(page.getByText('What seasonal workers should check before they sign.')).toBeVisible();
  const resourcePath = new URL(page.url()).pathname;
  const links = page.getByRole('region', { name: 'Linked from' });
  await expect(links.getByText('Nothing you can read links this resource yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/prevention/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a prevention activity' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(activity);
  await page
    .getByRole('textbox', { name: 'What was done' })
    .fill('Outreach workers handed out the leaflet and answered questions at the market.');
  await choose(page, 'Target groups at risk', 'Migrant');
  await choose(page, 'Forms of exploitation', 'Labour');
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: 'Municipality' }).selectOption({ label: 'Liepāja' });
  await page.getByLabel('First day').fill('2026-05-01');
  await page.getByRole('textbox', { name: 'Find a library resource' }).fill(word);
  await page.getByRole('button', { name: `Link “${revised}”` }).click();
  await expect(page.getByRole('link', { name: `Library resource 1: ${revised}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: activity })).toBeVisible();
  const material = page.getByRole('region', { name: 'Materials' }).getByRole('link', { name: revised });
  await expect(material).toHaveAttribute('href', resourcePath);
  await expectNoAxeViolations(page);
  await material.click();
  await expect(page.getByRole('heading', { level: 1, name: revised })).toBeVisible();
  await expect(links.getByRole('link', { name: activity })).toBeVisible();
});

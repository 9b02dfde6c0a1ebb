import { type Locator, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, isPhone, openFilters, signInUi, test } from './fixtures.js';

// The coordinator signs in with a two-factor code, which may mean waiting for a new 30-second step.
test.setTimeout(120_000);

async function openNavigation(page: Page) {
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
}

/**
 * Every marker of the map in view answers a pointer at its centre itself (not a neighbour drawn over it), and is
 * at least 24 px across. Returns how many markers the map draws.
 */
async function expectEachMarkerHitAtItsCentre(map: Locator): Promise<number> {
  await map.scrollIntoViewIfNeeded();
  const { drawn, misses, small } = await map.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const markers = [...svg.querySelectorAll('[data-testid="map-marker"]')];
    const report = { drawn: markers.length, misses: [] as string[], small: [] as string[] };
    for (const marker of markers) {
      // The marker's first circle is its hit area, centred on the marker.
      const area = marker.querySelector('circle')!.getBoundingClientRect();
      const [x, y] = [area.left + area.width / 2, area.top + area.height / 2];
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) continue; // panned out of view
      const label = marker.getAttribute('aria-label');
      const found = document.elementFromPoint(x, y)?.closest('[data-testid="map-marker"]');
      if (found !== marker) report.misses.push(`${label} → ${found?.getAttribute('aria-label') ?? 'nothing'}`);
      // 24 px less the floating-point error of scaling frame units to pixels.
      if (Math.min(area.width, area.height) < 23.95) report.small.push(`${label}: ${area.width.toFixed(2)} px`);
    }
    return report;
  });
  expect(misses).toEqual([]);
  expect(small).toEqual([]);
  return drawn;
}

test('the map shows the region with markers, and the list opens the organisations of a municipality', async ({ page }) => {
  await page.goto('/');
  await openNavigation(page);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  const map = page.getByRole('group', { name: 'Map of the Baltic Sea Region' });
  await expect(map.getByRole('button').first()).toBeVisible();
  // All 64 places of the demo network, each in its own marker or in a cluster of places too close to tell apart.
  const overview = await expectEachMarkerHitAtItsCentre(map);
  expect(overview).toBeGreaterThanOrEqual(10);
  await expectNoAxeViolations(page);

  // Zoomed in (a button, then the + key on the map), clusters open into more markers, each still hit at its centre.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await map.focus();
  await page.keyboard.press('+');
  expect(await expectEachMarkerHitAtItsCentre(map)).toBeGreaterThan(overview);
  await expectNoAxeViolations(page, { overlapping: 'zoomed-svg' });
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  await expect(map.getByRole('button')).toHaveCount(overview);

  // Places too close to tell apart (Klaipėda and Liepāja, Riga and Jelgava…) share a cluster; choosing it zooms in.
  const cluster = map.getByRole('button', { name: /^\d+ places: .*Choose to zoom in\.$/ }).first();
  const clusterName = await cluster.getAttribute('aria-label');
  await cluster.click();
  await expect(map.getByRole('button', { name: clusterName! })).toHaveCount(0);
  await expectEachMarkerHitAtItsCentre(map);

  // A visitor counts organisations only, and lands in the organisation directory.
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Lithuania' });
  await expect(page).toHaveURL(/country=LT/);
  const lithuania = page.getByRole('group', { name: 'Map of Lithuania' });
  await expect(lithuania).toBeVisible();
  await expectEachMarkerHitAtItsCentre(lithuania);
  // On the map: into the cluster holding Klaipėda, if it is in one at this size, until it has its own marker.
  const klaipeda = lithuania.getByRole('button', { name: /^Klaipėda: \d+ organisations?$/ });
  for (let step = 0; step < 4 && !(await klaipeda.isVisible()); step++) {
    await lithuania.getByRole('button', { name: /Klaipėda/ }).click();
  }
  await klaipeda.click();
  await expect(page).toHaveURL(/\/organisations\?country=LT&municipality=[0-9a-f-]{36}$/);
  const klaipedaUrl = page.url();

  // And through the list beside the map, with the keyboard: the same place.
  await page.goBack();
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('klaipeda');
  const place = page.getByRole('list', { name: 'Places on the map' }).getByRole('button', { name: /^Klaipėda: \d+ organisations?$/ });
  await place.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(klaipedaUrl);
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: /^Municipality/ })).toHaveValue(/[0-9a-f-]{36}/);
});

test('a member chooses a marker with the keyboard and gets the expert directory there', async ({ page }) => {
  await signInUi(page, 'member.lv');
  await page.goto('/map?country=LV');
  const map = page.getByRole('group', { name: 'Map of Latvia' });
  const liepaja = map.getByRole('button', { name: /^Liepāja: \d+ organisations?, \d+ experts?$/ });
  await expect(liepaja).toBeVisible();
  await expectNoAxeViolations(page);
  await liepaja.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/experts\?country=LV&municipality=[0-9a-f-]{36}$/);
  const results = page.getByRole('list', { name: /experts/i });
  await expect(results.getByRole('listitem').first()).toContainText('Liepāja');

  // The same place through the list alternative, on a page reached with the back button.
  await page.goBack();
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('Liepaja');
  const listed = page.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  await expect(listed).toHaveCount(1);
  await listed.press('Space');
  await expect(page).toHaveURL(/\/experts\?country=LV&municipality=/);
});

test('coverage is for coordinators: per-country table, map with a legend, municipalities by status', async ({ page }) => {
  await page.goto('/coverage');
  await expect(page.getByText('Sign in to see the coverage of the network.', { exact: false })).toBeVisible();

  await signInUi(page, 'coordinator.lv');
  await page.goto('/');
  // The account menu's button (the burger menu controls the navigation list instead).
  await page.locator('header button[aria-expanded]:not([aria-controls="main-navigation"])').click();
  await page.getByRole('list', { name: 'Your account' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Municipalities by coverage, per country' });
  await expect(table.getByRole('rowheader', { name: 'Latvia' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Contact point', exact: true })).toBeVisible();
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText(['Contact point', 'Members, no contact point', 'Nobody yet']);
  // The table, the map and the list fit a phone's width: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Latvia' });
  await page.getByRole('combobox', { name: 'Coverage' }).selectOption({ label: 'Contact point' });
  const places = page.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  // Both filters applied: places are listed, and none of them (Aarhus, say) is of another status.
  await expect(places.first()).toContainText(': Contact point');
  await expect(places.filter({ hasNotText: ': Contact point' })).toHaveCount(0);
  await places.first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Experts in / })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('coverage says plainly that it is not for every member', async ({ page }) => {
  await signInUi(page, 'member.pl');
  await page.goto('/coverage');
  await expect(page.getByText('The coverage view is for coordinators, administrators and members of the TF-THB.')).toBeVisible();
  await expectNoAxeViolations(page);
});

// Touch gestures: the laptop project leaves @phone tests out (playwright.config.ts), rather than skipping them.
test('on a phone, two fingers zoom the map and one finger then moves it', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/map');
  const map = page.getByRole('group', { name: 'Map of the Baltic Sea Region' });
  await expect(map.getByRole('button').first()).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const shapes = map.locator('g[transform]').first();
  const touch = await page.context().newCDPSession(page);
  const fingers = (spread: number, dx = 0) => [
    { x: cx - spread + dx, y: cy, id: 0 },
    { x: cx + spread + dx, y: cy, id: 1 },
  ];
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (const spread of [30, 45, 60, 80]) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // Fingers 40 px apart spread to 160 px: four times the zoom.
  await expect(shapes).toHaveAttribute('transform', /scale\(4(\.\d+)?\)$/);

  const zoomed = await shapes.getAttribute('transform');
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy, id: 0 }] });
  for (const dx of [10, 30, 60])
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx + dx, y: cy, id: 0 }] });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(shapes).not.toHaveAttribute('transform', zoomed!);
  await expect(shapes).toHaveAttribute('transform', /scale\(4(\.\d+)?\)$/);
});

import { readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SMTP_PORT } from './mailbox.config.js';
import { BASE_URL, PORT } from './server.config.js';

// Debian's Chromium (Playwright's own browser download cannot run here); these flags keep it off the network.
// The bench's Lighthouse runs (S8) start it with the same flags, from the same file.
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8')) as string[],
};

/** Journeys against the real built server and client, on a throwaway in-memory database seeded with the demo network. */
export default defineConfig({
  testDir: 'tests',
  // One folder per server: Playwright empties its output folder when it starts, and shards run side by side.
  outputDir: `test-results/${PORT}`,
  globalSetup: './mailbox.ts',
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: a 2-core runner under load can miss a timing; scripts/test-all.mjs prints each flaky
  // test's count so a retry never hides silently.
  retries: process.env.CI ? 1 : 0,
  // Two shards and the server suite share the two cores of CI: a journey takes longer than on a machine of its own.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : 'list',
  use: {
    baseURL: BASE_URL,
    launchOptions: CHROMIUM,
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Riga',
    locale: 'en-GB',
    // Recording a trace (a screencast and DOM snapshots of every step) took about half the browser's CPU time and
    // wall-clock of a journey. CI records only a retry's, so a failing journey still leaves one; locally every
    // failure keeps its trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects: [
    { name: 'laptop', grepInvert: /@phone/, use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions: CHROMIUM } },
  ],
  webServer: {
    command: 'node ../server/dist/main.js',
    url: `${BASE_URL}/readyz`,
    // Migrating and seeding take about 12 CPU seconds; at start-up two shards and the server suite's global setup
    // share the two cores.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      PUBLIC_URL: BASE_URL,
      PGLITE_DIR: 'memory://',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // Hermetic: CI exports REDIS_URL for the server suite, and rate-limit counters kept in a shared Redis
      // would carry over from one run to the next. One process needs no Redis.
      REDIS_URL: '',
      // Journeys send their own X-Forwarded-For (tests/fixtures.ts), each from an address of its own.
      TRUST_PROXY: 'loopback',
    },
  },
});

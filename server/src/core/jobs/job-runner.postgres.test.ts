import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { jobDatabase } from './job-database.js';
import { startJobRunner, type JobRunner } from './job-runner.js';

let app: TestApp;
let runner: JobRunner;

beforeAll(async () => {
  app = await startTestApp({ data: 'reference' });
  runner = await startJobRunner({ database: await jobDatabase(app.orm), logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await runner?.stop();
  await app?.close();
});

/**
 * On PostgreSQL a new job wakes its workers with a NOTIFY, but nothing announces a job that becomes due later: a
 * retry after its backoff (5–10 s for the first) waits for a worker's next poll. pg-boss polls every 30 s while
 * NOTIFY is on unless told otherwise, which held each retried effect for up to 30 s and turned one lost wake-up
 * into a 30 s wait.
 */
describe('a job whose first run failed', () => {
  it('runs again soon after its backoff ends, found by polling', async () => {
    const runs: number[] = [];
    await runner.work('test.retried', async () => {
      runs.push(Date.now());
      if (runs.length === 1) throw new Error('the first run fails');
    });
    await runner.send('test.retried', [{ key: 'retried-once', data: {} }]);
    await expect.poll(() => runs.length, { timeout: 25_000, interval: 100 }).toBe(2);
    const [first = 0, second = 0] = runs;
    // The first backoff is 5–10 s; a 2 s poll finds the job by 12 s, a 30 s one not before 30 s.
    expect(second - first).toBeGreaterThanOrEqual(5_000);
    expect(second - first).toBeLessThan(14_000);
  }, 40_000);
});

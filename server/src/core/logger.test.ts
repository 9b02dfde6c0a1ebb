import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The descriptor stays open: the destination's periodic flush outlives the test, and a flush into a closed
// descriptor is an uncaught EBADF in whichever test file runs next.
function logFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'strom-logger-'));
  dirs.push(dir);
  const file = path.join(dir, 'log');
  return { file, fd: openSync(file, 'w'), lines: () => readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

describe('the logger', () => {
  it('buffers lines and writes them all on flushSync, as every exit path does', () => {
    const { fd, lines } = logFile();
    const { logger, flushSync } = createLogger({ logLevel: 'info' }, { dest: fd });
    for (let i = 0; i < 200; i++) logger.info({ i }, 'request');
    // Nothing has given the event loop a turn: the lines after the first full buffer are still in memory.
    expect(lines().length).toBeLessThan(200);
    flushSync();
    const written = lines().map((line) => JSON.parse(line) as { i: number; msg: string });
    expect(written.map((line) => line.i)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('writes a lone line within the flush interval, without an exit', async () => {
    const { fd, lines } = logFile();
    const { logger, flushSync } = createLogger({ logLevel: 'info' }, { dest: fd });
    logger.info('Strom is serving');
    expect(lines()).toEqual([]);
    await expect.poll(() => lines().length, { timeout: 3000, interval: 50 }).toBe(1);
    flushSync();
  });

  it('still redacts secrets and personal data', () => {
    const { fd, lines } = logFile();
    const { logger, flushSync } = createLogger({ logLevel: 'info' }, { dest: fd });
    logger.warn({ user: { email: 'ana@example.org', password: 'hunter2' } }, 'sign-in refused');
    flushSync();
    expect(JSON.parse(lines()[0] ?? '{}')).toMatchObject({ user: { email: '[redacted]', password: '[redacted]' }, msg: 'sign-in refused' });
  });
});

#!/usr/bin/env node
// `pnpm test`: every check and every test runner, one after the other, then one plain summary line
// "N passed, N failed" summed over the runners. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const gates = [
  { name: 'install check', args: ['install', '--frozen-lockfile', '--prefer-offline'] },
  { name: 'build', args: ['-r', 'build'] },
  { name: 'lint', args: ['lint'] },
  { name: 'typecheck', args: ['typecheck'] },
];

const runners = [
  { name: 'shared (vitest)', kind: 'vitest', file: 'shared.json', cmd: ['--filter', '@strom/shared', 'exec', 'vitest', 'run'] },
  { name: 'server (vitest)', kind: 'vitest', file: 'server.json', cmd: ['--filter', '@strom/server', 'exec', 'vitest', 'run'] },
  { name: 'client (vitest)', kind: 'vitest', file: 'client.json', cmd: ['--filter', '@strom/client', 'exec', 'vitest', 'run'] },
  { name: 'e2e (playwright)', kind: 'playwright', file: 'e2e.json', cmd: ['--filter', '@strom/e2e', 'exec', 'playwright', 'test'] },
];

let failedGates = 0;
for (const { name, args } of gates) {
  console.log(`\n── ${name} ──`);
  const { status } = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    failedGates += 1;
    console.log(`${name}: FAILED`);
  }
}

let passed = 0;
let failed = failedGates;
for (const runner of runners) {
  console.log(`\n── ${runner.name} ──`);
  const output = path.join(results, runner.file);
  const args =
    runner.kind === 'vitest'
      ? [...runner.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]
      : [...runner.cmd, '--reporter=list,json'];
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output };
  const { status } = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit', env });
  const counts = readCounts(runner.kind, output);
  if (!counts) {
    console.log(`${runner.name}: no results (exit code ${status})`);
    failed += 1;
    continue;
  }
  console.log(
    `${runner.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${counts.flaky ? ` (${counts.flaky} passed only on retry)` : ''}`,
  );
  passed += counts.passed;
  failed += counts.failed + counts.skipped + (status !== 0 && counts.failed === 0 ? 1 : 0);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readCounts(kind, file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (kind === 'vitest') {
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped, flaky };
}

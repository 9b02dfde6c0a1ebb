#!/usr/bin/env node
// `pnpm test`: every check and every test runner, then one plain summary line "N passed, N failed" summed over the
// runners. Exits non-zero if anything failed. The gates run one after the other; the runners run in lanes side by
// side, the runners of a lane one after the other (each one's output is held back and printed whole when it ends, so
// logs never interleave). The server suite, the longest runner, has a lane of its own from the start; the browser
// journeys run in two shards, each after one of the quick suites. The server suite mostly waits on its databases and
// each journey on its browser, so three lanes keep both cores busy where one runner after the other left one idle.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * The browser journeys in two shards side by side, one per screen size, each with a server, an in-memory database
 * and a mailbox of its own (ports of its own): one shard waits on its browser while the other's server works.
 */
const e2eShard = (project, port, smtpPort) => ({
  name: `e2e ${project} (playwright)`,
  kind: 'playwright',
  file: `e2e-${project}.json`,
  cmd: ['--filter', '@strom/e2e', 'exec', 'playwright', 'test', '--project', project],
  env: { E2E_PORT: String(port), E2E_SMTP_PORT: String(smtpPort) },
});

const lanes = [
  [{ name: 'server (vitest)', kind: 'vitest', file: 'server.json', cmd: ['--filter', '@strom/server', 'exec', 'vitest', 'run'] }],
  [
    { name: 'client (vitest)', kind: 'vitest', file: 'client.json', cmd: ['--filter', '@strom/client', 'exec', 'vitest', 'run'] },
    e2eShard('laptop', 4310, 4326),
  ],
  [
    { name: 'shared (vitest)', kind: 'vitest', file: 'shared.json', cmd: ['--filter', '@strom/shared', 'exec', 'vitest', 'run'] },
    e2eShard('phone', 4311, 4327),
  ],
];

let failedGates = 0;
for (const { name, args } of gates) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const { status } = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  console.log(`${name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds(started)})`);
  if (status !== 0) failedGates += 1;
}

let passed = 0;
let failed = failedGates;
for (const outcome of (await Promise.all(lanes.map(runLane))).flat()) {
  passed += outcome.passed;
  failed += outcome.failed;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Runs a lane's runners one after the other. */
async function runLane(lane) {
  const outcomes = [];
  for (const runner of lane) outcomes.push(await run(runner));
  return outcomes;
}

/** Runs one runner with its output held in a log file, then prints the log and its counts. */
async function run(runner) {
  const output = path.join(results, runner.file);
  const log = path.join(results, `${runner.file}.log`);
  const args =
    runner.kind === 'vitest'
      ? [...runner.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]
      : [...runner.cmd, '--reporter=list,json'];
  const env = { ...process.env, ...runner.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output };
  const started = Date.now();
  const status = await new Promise((resolve) => {
    const sink = createWriteStream(log);
    const child = spawn('pnpm', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(sink, { end: false });
    child.stderr.pipe(sink, { end: false });
    child.on('close', (code) => sink.end(() => resolve(code)));
  });
  console.log(`\n── ${runner.name} ──`);
  process.stdout.write(readFileSync(log));
  const counts = readCounts(runner.kind, output);
  if (!counts) {
    console.log(`${runner.name}: no results (exit code ${status})`);
    return { passed: 0, failed: 1 };
  }
  console.log(
    `${runner.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${counts.flaky ? ` (${counts.flaky} passed only on retry)` : ''} (${seconds(started)})`,
  );
  return { passed: counts.passed, failed: counts.failed + counts.skipped + (status !== 0 && counts.failed === 0 ? 1 : 0) };
}

function seconds(started) {
  return `${Math.round((Date.now() - started) / 1000)} s`;
}

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

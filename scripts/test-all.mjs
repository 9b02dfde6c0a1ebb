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
import { stripVTControlCharacters } from 'node:util';

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
const failures = [];
for (const outcome of (await Promise.all(lanes.map(runLane))).flat()) {
  passed += outcome.passed;
  failed += outcome.failed;
  failures.push(...outcome.failures);
}

// The failures again, last, just above the summary: a CI log is often read from its end only.
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
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
    return { passed: 0, failed: 1, failures: [`${runner.name}: no results (exit code ${status})`] };
  }
  console.log(
    `${runner.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${counts.flaky ? ` (${counts.flaky} passed only on retry)` : ''} (${seconds(started)})`,
  );
  const exitedBadly = status !== 0 && counts.failed === 0;
  const failures = counts.names.map((name) => `${runner.name}: ${name}`);
  if (exitedBadly) failures.push(`${runner.name}: exit code ${status} with no failed test (an error outside the tests; see its log)`);
  return { passed: counts.passed, failed: counts.failed + counts.skipped + (exitedBadly ? 1 : 0), failures };
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
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
      names: vitestProblems(report),
    };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped, flaky, names: playwrightProblems(report) };
}

/** Each failed or skipped test as "file › full name", and each file that failed outside its tests. */
function vitestProblems(report) {
  const names = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(root, file.name);
    const problems = (file.assertionResults ?? []).filter(({ status }) => status !== 'passed');
    for (const test of problems) names.push(`${where} › ${test.fullName} (${test.status})${reason(test.failureMessages?.[0])}`);
    if (problems.length === 0 && file.status === 'failed') names.push(`${where}: ${firstLine(file.message)}`);
  }
  return names;
}

/** Each journey that failed on every try, or was skipped, as "file › title". */
function playwrightProblems(report) {
  const names = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'skipped') {
          const outcome = test.status === 'skipped' ? 'skipped' : 'failed';
          names.push(`${spec.file} › ${[...titles, spec.title].join(' › ')} (${outcome})${reason(test.results?.at(-1)?.error?.message)}`);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return names;
}

/** A failure's first line, cut short, without terminal colours. */
function reason(message) {
  if (!message) return '';
  const line = firstLine(stripVTControlCharacters(message));
  return `: ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`;
}

function firstLine(text = '') {
  return text.split('\n').find((line) => line.trim() !== '') ?? 'failed';
}

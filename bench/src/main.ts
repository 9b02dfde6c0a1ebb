import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type BenchConfig, type ScenarioId } from './config.js';
import { preparePglite, preparePostgres } from './dataset/prepare.js';
import { withPostgres } from './dataset/postgres.js';
import { BENCH_ROOT, SERVER_MAIN } from './paths.js';
import { runInfo, type RunInfo } from './report/environment.js';
import { writeJsonReport } from './report/json.js';
import { markdownReport } from './report/markdown.js';
import { runS1 } from './scenarios/s1-viewer.js';
import { runS1b } from './scenarios/s1b-organisations.js';
import { runS2 } from './scenarios/s2-directory.js';
import { runS3 } from './scenarios/s3-statements.js';
import { runS4 } from './scenarios/s4-search.js';
import { runS5 } from './scenarios/s5-meeting-fanout.js';
import { runS6 } from './scenarios/s6-scale-out.js';
import { runS7 } from './scenarios/s7-pglite.js';
import { runS8 } from './scenarios/s8-client.js';
import { runS9 } from './scenarios/s9-thread.js';
import { runS10 } from './scenarios/s10-fanout.js';
import { runS11 } from './scenarios/s11-file-transfer.js';
import { runS12 } from './scenarios/s12-dashboards.js';
import type { BenchContext, ScenarioResult } from './scenarios/types.js';

/** The scenarios that measure the server over the loaded database; S8 (the client) needs no database. */
type DatabaseScenarioId = Exclude<ScenarioId, 'S8'>;
const RUNNERS: Record<DatabaseScenarioId, (ctx: BenchContext) => Promise<ScenarioResult>> = {
  S1: runS1,
  S1B: runS1b,
  S2: runS2,
  S3: runS3,
  S4: runS4,
  S5: runS5,
  S6: runS6,
  S7: runS7,
  S9: runS9,
  S10: runS10,
  S11: runS11,
  S12: runS12,
};

function configOrExit(): BenchConfig {
  try {
    const config = parseConfig(process.argv.slice(2), process.env);
    // S7 is judged against S2's PostgreSQL ratio from the same run.
    if (config.scenarios.includes('S7') && !config.scenarios.includes('S2'))
      config.scenarios.splice(config.scenarios.indexOf('S7'), 0, 'S2');
    return config;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

const config = configOrExit();
if (!existsSync(SERVER_MAIN)) {
  console.error(`${SERVER_MAIN} is missing: run \`pnpm bench\` (it builds the server first).`);
  process.exit(2);
}
const startedAt = new Date();
const log = (line: string) => console.error(`[${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const logDir = await mkdtemp(path.join(os.tmpdir(), 'strom-bench-logs-'));
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
const cleanup = () =>
  (cleaning ??= Promise.allSettled(cleanups.map((c) => c())).then((settled) => {
    for (const s of settled) if (s.status === 'rejected') log(`cleanup failed: ${String(s.reason)}`);
  }));
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

/** Runs one scenario; a failure is reported as a failed goal and the run goes on. */
async function runScenario(id: ScenarioId, run: () => Promise<ScenarioResult>): Promise<ScenarioResult> {
  log(`${id} starting`);
  try {
    return await run();
  } catch (error) {
    log(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { id, title: 'failed', rows: [], goals: [{ text: 'ran', met: false, measured: String(error).slice(0, 200) }], notes: [] };
  }
}

const resultsDir = path.join(BENCH_ROOT, 'results');
function report(info: RunInfo, results: ScenarioResult[]): void {
  console.log(markdownReport(info, results));
  const file = writeJsonReport(resultsDir, info, results);
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  if (process.env.BENCH_KEEP_LOGS === 'true') log(`server and handler logs kept in ${logDir}`);
  else cleanups.push(() => rm(logDir, { recursive: true, force: true }));
}

const databaseScenarios = config.scenarios.filter((id): id is DatabaseScenarioId => id !== 'S8');
// The client first: a browser measures best before the loaded database and its servers compete for the CPU.
const clientResults = config.scenarios.includes('S8') ? [await runScenario('S8', () => runS8({ config, logDir, log }))] : [];
try {
  if (databaseScenarios.length === 0) {
    report(runInfo(config, null, 'no database (S8 only)', startedAt, {}), clientResults);
  } else {
    await runDatabaseScenarios();
  }
} finally {
  await cleanup();
}

async function runDatabaseScenarios(): Promise<void> {
  log(
    `loading ${config.size.experts} experts, ${config.size.organisations} organisations, ${config.size.municipalities} municipalities into PostgreSQL`,
  );
  const postgres = await preparePostgres(config.adminUrl, config.seed, config.size, logDir);
  // BENCH_KEEP_DATABASE=true leaves the loaded database for profiling (EXPLAIN ANALYZE, a server under --cpu-prof…).
  if (process.env.BENCH_KEEP_DATABASE === 'true') log(`keeping ${postgres.database.url}`);
  else cleanups.push(() => postgres.database.drop());
  log(`PostgreSQL database ${postgres.database.name} ready in ${postgres.seconds.toFixed(1)} s`);
  const loadSeconds: Record<string, number> = { postgres: Math.round(postgres.seconds) };
  const version = await withPostgres(
    postgres.database.url,
    async (c) => ((await c.query('show server_version')).rows[0] as { server_version?: string } | undefined)?.server_version,
  );
  let pglite: Promise<string> | null = null;
  const ctx: BenchContext = {
    config,
    dataset: postgres.dataset,
    postgresUrl: postgres.database.url,
    pgliteDir: () =>
      (pglite ??= preparePglite(postgres.dataset, config.seed, config.size, logDir).then((loaded) => {
        cleanups.push(() => rm(path.dirname(loaded.dir), { recursive: true, force: true }));
        loadSeconds.pglite = Math.round(loaded.seconds);
        log(`PGlite folder ready in ${loaded.seconds.toFixed(1)} s`);
        return loaded.dir;
      })),
    cookie: `strom_session=${postgres.dataset.accounts[0]?.token ?? ''}`,
    logDir,
    resultsDir,
    log,
    results: [...clientResults],
  };
  for (const id of databaseScenarios) ctx.results.push(await runScenario(id, () => RUNNERS[id](ctx)));
  report(runInfo(config, postgres.dataset, `PostgreSQL ${version ?? '?'}`, startedAt, loadSeconds), ctx.results);
}

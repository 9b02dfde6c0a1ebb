import { startStrom } from '../measure/strom-server.js';
import { directoryRun, PAGE_SIZE } from './directory-page.js';
import { DIRECTORY, POSTGRAPHILE_DIRECTORY, graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startPostgraphile, withServices } from './services.js';
import type { BenchContext, ComparisonRow, ScenarioResult } from './types.js';

const SQL_GOAL = 0.6;
const POSTGRAPHILE_GOAL = 0.5;
const P95_GOAL_MS = 25;

/** S2: one directory page (20 experts with organisation, country, municipality, roles, contacts) over the 20k dataset. */
export async function runS2(ctx: BenchContext): Promise<ScenarioResult> {
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  const flags = ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [];
  const { row, sameJson, cpuNote } = await directoryRun(ctx, 'S2 directory page (PostgreSQL)', target, target, flags);
  const postgraphile = await postgraphileRun(ctx);
  return {
    id: 'S2',
    title: `directory page (${PAGE_SIZE} of ${ctx.dataset.experts.length} experts) vs one json_agg statement and vs PostGraphile 5`,
    rows: [row, postgraphile],
    goals: [
      { text: `≥ ${SQL_GOAL}× SQL req/s`, met: row.comparison.rpsRatio >= SQL_GOAL, measured: `${row.comparison.rpsRatio}×` },
      {
        text: `≥ ${POSTGRAPHILE_GOAL}× PostGraphile req/s`,
        met: postgraphile.comparison.rpsRatio >= POSTGRAPHILE_GOAL,
        measured: `${postgraphile.comparison.rpsRatio}×`,
      },
      {
        text: `p95 ≤ ${P95_GOAL_MS} ms at ${ctx.config.connections} connections`,
        met: row.comparison.a.p95 <= P95_GOAL_MS,
        measured: `${row.comparison.a.p95} ms`,
      },
    ],
    notes: [
      `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's (session check, totalCount and cursors included).`,
      `Peak RSS of the server during S2 (mem): ${row.peakRssMb.a ?? '–'} MB; PostGraphile ${postgraphile.peakRssMb.b ?? '–'} MB.`,
      'PostGraphile 5.1.5 (Amber preset) reads the same rows, relations and order under its generated names, without a session or contact rules.',
      cpuNote,
      ...(ctx.config.profile ? [`CPU profile of the server written to ${ctx.resultsDir} (*.cpuprofile).`] : []),
    ],
    details: { sameJson },
  };
}

/** The same page through the server (signed in) and through PostGraphile 5 over the same database. */
function postgraphileRun(ctx: BenchContext): Promise<ComparisonRow> {
  const page = graphqlRequest(graphqlBody(DIRECTORY, { first: PAGE_SIZE }), ctx.cookie);
  const postgraphilePage = graphqlRequest(graphqlBody(POSTGRAPHILE_DIRECTORY, { first: PAGE_SIZE }), '');
  return withServices(
    [
      startStrom({ kind: 'postgres', url: ctx.postgresUrl }, { logDir: ctx.logDir, label: 's2-pgl-server' }),
      startPostgraphile(ctx, 's2-postgraphile'),
    ],
    async ([server, postgraphile]) => {
      if (!server || !postgraphile) throw new Error('services did not start');
      await fetchJson(postgraphile, postgraphilePage);
      return runComparison(
        ctx,
        'S2 directory page (PostgreSQL)',
        { label: 'graphql', service: server, requests: [page] },
        { label: 'postgraphile', service: postgraphile, requests: [postgraphilePage] },
      );
    },
  );
}

import { directoryRun, PAGE_SIZE } from './directory-page.js';
import type { BenchContext, ScenarioResult } from './types.js';

const RATIO_GOAL = 0.5;
const P95_GOAL_MS = 25;

/** S2: one directory page (20 experts with organisation, country, municipality, roles, contacts) over the 20k dataset. */
export async function runS2(ctx: BenchContext): Promise<ScenarioResult> {
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  const flags = ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [];
  const { row, sameJson } = await directoryRun(ctx, 'S2 directory page (PostgreSQL)', target, target, flags);
  return {
    id: 'S2',
    title: `directory page (${PAGE_SIZE} of ${ctx.dataset.experts.length} experts) vs one json_agg statement`,
    rows: [row],
    goals: [
      { text: `≥ ${RATIO_GOAL}× SQL req/s`, met: row.comparison.rpsRatio >= RATIO_GOAL, measured: `${row.comparison.rpsRatio}×` },
      {
        text: `p95 ≤ ${P95_GOAL_MS} ms at ${ctx.config.connections} connections`,
        met: row.comparison.a.p95 <= P95_GOAL_MS,
        measured: `${row.comparison.a.p95} ms`,
      },
    ],
    notes: [
      `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's (session check, totalCount and cursors included).`,
      ...(ctx.config.profile ? [`CPU profile of the server written to ${ctx.resultsDir} (*.cpuprofile).`] : []),
    ],
    details: { sameJson },
  };
}

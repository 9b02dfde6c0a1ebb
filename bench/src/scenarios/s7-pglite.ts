import { cp } from 'node:fs/promises';
import { directoryRun } from './directory-page.js';
import type { BenchContext, ScenarioResult } from './types.js';

const TOLERANCE = 0.1;

/**
 * S7: S2 on PGlite. PGlite is single-process, so the server and the SQL handler each open their own copy of
 * the loaded folder. The goal compares GraphQL/SQL on PGlite with the same ratio on PostgreSQL from S2.
 */
export async function runS7(ctx: BenchContext): Promise<ScenarioResult> {
  const dir = await ctx.pgliteDir();
  const copy = `${dir}-sql`;
  await cp(dir, copy, { recursive: true });
  const { row, sameJson, cpuNote } = await directoryRun(
    ctx,
    'S7 directory page (PGlite)',
    { kind: 'pglite', dir },
    { kind: 'pglite', dir: copy },
  );
  const postgres = ctx.results.find((r) => r.id === 'S2')?.rows[0]?.comparison.rpsRatio ?? Number.NaN;
  const ratio = row.comparison.rpsRatio;
  const relative = Math.abs(ratio / postgres - 1);
  const rounds = [...row.comparison.a.rounds, ...row.comparison.b.rounds];
  const stalled = rounds.filter((r) => r.requests === 0 || r.errors > 0).length;
  return {
    id: 'S7',
    title: 'S2 on PGlite vs PostgreSQL: GraphQL/SQL ratio',
    rows: [row],
    goals: [
      {
        text: `GraphQL/SQL ratio within ${TOLERANCE * 100}% of PostgreSQL's`,
        met: relative <= TOLERANCE,
        measured: `${ratio}× vs ${postgres}× (${(relative * 100).toFixed(0)}% apart)`,
      },
      {
        text: `no deadlock at ${ctx.config.connections} connections`,
        met: stalled === 0,
        measured: stalled === 0 ? 'every round completed' : `${stalled} stalled rounds`,
      },
    ],
    notes: [
      `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's on PGlite too.`,
      cpuNote,
    ],
    details: { postgresRatio: postgres, pgliteRatio: ratio, sameJson },
  };
}

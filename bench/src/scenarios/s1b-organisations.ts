import { isDeepStrictEqual } from 'node:util';
import { cpuPerRequestNote } from '../measure/process-cpu.js';
import { startStrom } from '../measure/strom-server.js';
import { ORGANISATIONS, POSTGRAPHILE_ORGANISATIONS, graphqlBody } from './documents.js';
import { ORGANISATIONS_SQL } from './organisations-sql.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startPostgraphile, startSqlHandler, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const GOAL = 0.5;
const FIRST = 20;

/** S1b: `organisations(first: 20)` as an anonymous visitor vs its one hand-written statement, and vs PostGraphile 5. */
export async function runS1b(ctx: BenchContext): Promise<ScenarioResult> {
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  const page = graphqlRequest(graphqlBody(ORGANISATIONS, { first: FIRST }), '');
  const reference = { method: 'GET' as const, path: `/organisations?first=${FIRST}`, headers: {} };
  const postgraphilePage = graphqlRequest(graphqlBody(POSTGRAPHILE_ORGANISATIONS, { first: FIRST }), '');
  return withServices(
    [
      startStrom(target, {
        logDir: ctx.logDir,
        label: 's1b-server',
        nodeFlags: ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [],
      }),
      startSqlHandler(ctx, 's1b-sql', target, { directorySql: null, organisationsSql: ORGANISATIONS_SQL, replays: [] }),
      startPostgraphile(ctx, 's1b-postgraphile'),
    ],
    async ([server, sql, postgraphile]) => {
      if (!server || !sql || !postgraphile) throw new Error('services did not start');
      const sameJson = isDeepStrictEqual(await fetchJson(server, page), await fetchJson(sql, reference));
      await fetchJson(postgraphile, postgraphilePage);
      const rows = [
        await runComparison(
          ctx,
          'S1b organisations(first: 20), anonymous',
          { label: 'graphql', service: server, requests: [page] },
          { label: 'sql', service: sql, requests: [reference] },
        ),
        await runComparison(
          ctx,
          'S1b organisations(first: 20), anonymous',
          { label: 'graphql', service: server, requests: [page] },
          { label: 'postgraphile', service: postgraphile, requests: [postgraphilePage] },
        ),
      ];
      const cpuNote = await cpuPerRequestNote(`organisations(first: ${FIRST})`, [
        { label: 'graphql', pid: server.pid, send: () => fetchJson(server, page) },
        { label: 'sql', pid: sql.pid, send: () => fetchJson(sql, reference) },
      ]);
      return {
        id: 'S1b',
        title: 'organisations(first: 20), anonymous, vs one json_agg statement and vs PostGraphile 5',
        rows,
        goals: rows.map((row) => ({
          text: `≥ ${GOAL}× ${row.comparison.b.label} req/s`,
          met: row.comparison.rpsRatio >= GOAL,
          measured: `${row.comparison.rpsRatio}×`,
        })),
        notes: [
          `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's.`,
          'PostGraphile 5.1.5 (Amber preset, any column filterable) answers the same rows, relations and order under its generated names.',
          cpuNote,
        ],
        details: { sameJson },
      };
    },
  );
}

import { isDeepStrictEqual } from 'node:util';
import { generateGuidelineTracker } from '../dataset/guideline-statuses.js';
import { insertTables } from '../dataset/insert.js';
import { withPostgres } from '../dataset/postgres.js';
import { cpuMsPerRequest } from '../measure/process-cpu.js';
import { startStatementTap } from '../measure/statement-tap.js';
import { round } from '../measure/stats.js';
import { startStrom } from '../measure/strom-server.js';
import { DASHBOARD_PAGE, DASHBOARD_SQL } from './dashboard-page.js';
import { graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startSqlHandler, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const RATIO_GOAL = 0.5;
const CPU_SAMPLE = 100;

/**
 * S12: the guidelines dashboards (a country's heat map, municipalities × action points, and the countries compared),
 * read by a TF-THB member over ~400 tracked municipalities, against one hand-written statement returning the same
 * JSON; and the statements of the page for the country with the fewest and the most tracked municipalities,
 * counted on the wire (also asserted by server/src/features/guideline/guideline.test.ts, “the dashboards”).
 */
export async function runS12(ctx: BenchContext): Promise<ScenarioResult> {
  const keys = await withPostgres(ctx.postgresUrl, async (client) => {
    const result = await client.query(`select key from guideline_action_point where retired_at is null order by position`);
    return result.rows.flatMap((row) =>
      typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string' ? [row.key] : [],
    );
  });
  const tracker = generateGuidelineTracker(ctx.config.seed, ctx.dataset, keys);
  await withPostgres(ctx.postgresUrl, (client) => insertTables(client, tracker.tables));
  const bySize = [...tracker.trackedPerCountry.entries()].toSorted((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const [fewest, most] = [bySize[0]!, bySize.at(-1)!];
  ctx.log(`S12: ${keys.length} action points; heat maps of ${fewest[0]} (${fewest[1]} municipalities) and ${most[0]} (${most[1]})`);
  const request = (country: string) => graphqlRequest(graphqlBody(DASHBOARD_PAGE, { countryCode: country }), ctx.cookie);
  const statements = await countStatements(ctx, [request(fewest[0]), request(most[0])]);
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  const reference = { method: 'GET' as const, path: `/dashboard?country=${most[0]}`, headers: { cookie: ctx.cookie } };
  const { row, sameJson, cpu } = await withServices(
    [
      startStrom(target, { logDir: ctx.logDir, label: 's11-server' }),
      startSqlHandler(ctx, 's11-sql', target, { directorySql: null, dashboardSql: DASHBOARD_SQL, replays: [] }),
    ],
    async ([graphql, handler]) => {
      if (!graphql || !handler) throw new Error('services did not start');
      const same = isDeepStrictEqual(await fetchJson(graphql, request(most[0])), await fetchJson(handler, reference));
      if (!same) ctx.log(`  note: the SQL reference's JSON differs from the server's`);
      const compared = await runComparison(
        ctx,
        `S12 guideline dashboards, heat map of ${most[0]} + region (PostgreSQL)`,
        { label: 'graphql', service: graphql, requests: [request(most[0])] },
        { label: 'sql', service: handler, requests: [reference] },
      );
      const perPage = (service: typeof graphql, sent: Parameters<typeof fetchJson>[1]) =>
        cpuMsPerRequest(service.pid, CPU_SAMPLE, () => fetchJson(service, sent)).then((ms) => (ms === null ? null : round(ms, 2)));
      const cpuUse = { graphql: await perPage(graphql, request(most[0])), sql: await perPage(handler, reference) };
      ctx.log(`  S12 process CPU per page: graphql ${cpuUse.graphql ?? '?'} ms, sql handler ${cpuUse.sql ?? '?'} ms`);
      return { row: compared, sameJson: same, cpu: cpuUse };
    },
  );
  const [few, many] = statements;
  return {
    id: 'S12',
    title: `guideline dashboards (heat map of ${most[1]} municipalities × ${keys.length} action points, countries compared) vs one json_agg statement`,
    rows: [row],
    goals: [
      { text: `≥ ${RATIO_GOAL}× SQL req/s`, met: row.comparison.rpsRatio >= RATIO_GOAL, measured: `${row.comparison.rpsRatio}×` },
      {
        text: `statements equal for ${fewest[1]} and ${most[1]} municipalities`,
        met: few === many,
        measured: `${few} vs ${many}`,
      },
    ],
    notes: [
      `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's.`,
      `Process CPU per page (${CPU_SAMPLE} requests one at a time, the database's share not included): server ${cpu.graphql ?? '?'} ms, SQL handler ${cpu.sql ?? '?'} ms.`,
      'Statement counts are also asserted by server/src/features/guideline/guideline.test.ts (“the dashboards”).',
    ],
    details: { sameJson, cpuMsPerPage: cpu, statements: { [fewest[0]]: few, [most[0]]: many } },
  };
}

/** The fewest statements of three page loads per country, on the wire (warmed up first, as S3 does). */
async function countStatements(ctx: BenchContext, requests: ReturnType<typeof graphqlRequest>[]): Promise<number[]> {
  const tap = await startStatementTap(ctx.postgresUrl);
  try {
    return await withServices(
      [startStrom({ kind: 'postgres', url: tap.url }, { logDir: ctx.logDir, label: 's11-statements' })],
      async ([server]) => {
        if (!server) throw new Error('no server');
        for (const request of requests) await fetchJson(server, request);
        const counts: number[] = [];
        for (const request of requests) {
          const runs = [];
          for (let i = 0; i < 3; i++) runs.push(await tap.during(() => fetchJson(server, request).then(() => undefined)));
          counts.push(Math.min(...runs.map((r) => r.length)));
        }
        ctx.log(`S12: ${counts.join(' vs ')} statements for the smallest and the largest country`);
        return counts;
      },
    );
  } finally {
    await tap.close();
  }
}

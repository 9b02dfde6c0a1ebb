import { isDeepStrictEqual } from 'node:util';
import { generateForumThread, POSTS } from '../dataset/forum-thread.js';
import { insertTables } from '../dataset/insert.js';
import { withPostgres } from '../dataset/postgres.js';
import { cpuMsPerRequest } from '../measure/process-cpu.js';
import { startStatementTap } from '../measure/statement-tap.js';
import { round } from '../measure/stats.js';
import { startStrom } from '../measure/strom-server.js';
import { graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startSqlHandler, withServices } from './services.js';
import { THREAD_PAGE, THREAD_SQL } from './thread-page.js';
import type { BenchContext, ScenarioResult } from './types.js';

const RATIO_GOAL = 0.5;
const MAX_STATEMENTS = 5;
const SIZES = [5, POSTS] as const;
const CPU_SAMPLE = 200;

/**
 * S9: a forum thread page of 50 posts (authors, reactions, the viewer's read state), signed in, against one
 * hand-written statement returning the same JSON; and the SQL statements of the page at 5 and 50 posts, counted
 * on the wire (also asserted by server/src/features/forum/thread.test.ts, “the thread page”).
 */
export async function runS9(ctx: BenchContext): Promise<ScenarioResult> {
  const thread = generateForumThread(ctx.config.seed, ctx.dataset);
  await withPostgres(ctx.postgresUrl, (client) => insertTables(client, thread.tables));
  const request = (first: number) => graphqlRequest(graphqlBody(THREAD_PAGE, { id: thread.threadId, first }), ctx.cookie);
  const statements = await countStatements(ctx, request);
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  const flags = ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [];
  const reference = { method: 'GET' as const, path: `/thread?id=${thread.threadId}&first=${POSTS}`, headers: { cookie: ctx.cookie } };
  const { row, sameJson, cpu } = await withServices(
    [
      startStrom(target, { logDir: ctx.logDir, label: 's9-server', nodeFlags: flags }),
      startSqlHandler(ctx, 's9-sql', target, { directorySql: null, threadSql: THREAD_SQL, replays: [] }),
    ],
    async ([graphql, handler]) => {
      if (!graphql || !handler) throw new Error('services did not start');
      const same = isDeepStrictEqual(await fetchJson(graphql, request(POSTS)), await fetchJson(handler, reference));
      if (!same) ctx.log(`  note: the SQL reference's JSON differs from the server's`);
      const compared = await runComparison(
        ctx,
        'S9 thread page (PostgreSQL)',
        { label: 'graphql', service: graphql, requests: [request(POSTS)] },
        { label: 'sql', service: handler, requests: [reference] },
      );
      const perPage = (service: typeof graphql, sent: Parameters<typeof fetchJson>[1]) =>
        cpuMsPerRequest(service.pid, CPU_SAMPLE, () => fetchJson(service, sent)).then((ms) => (ms === null ? null : round(ms, 2)));
      const cpuUse = { graphql: await perPage(graphql, request(POSTS)), sql: await perPage(handler, reference) };
      ctx.log(`  S9 process CPU per page: graphql ${cpuUse.graphql ?? '?'} ms, sql handler ${cpuUse.sql ?? '?'} ms`);
      return { row: compared, sameJson: same, cpu: cpuUse };
    },
  );
  const [five, fifty] = statements;
  return {
    id: 'S9',
    title: `forum thread page (${POSTS} posts, authors, reactions, read state) vs one json_agg statement`,
    rows: [row],
    goals: [
      { text: `≥ ${RATIO_GOAL}× SQL req/s`, met: row.comparison.rpsRatio >= RATIO_GOAL, measured: `${row.comparison.rpsRatio}×` },
      { text: `statements equal at ${SIZES[0]} and ${SIZES[1]} posts`, met: five === fifty, measured: `${five} vs ${fifty}` },
      {
        text: `≤ ${MAX_STATEMENTS} statements (session lookup included)`,
        met: (fifty ?? Infinity) <= MAX_STATEMENTS,
        measured: `${fifty}`,
      },
    ],
    notes: [
      `The reference statement returns ${sameJson ? 'exactly the same JSON as' : 'JSON that differs from'} the server's.`,
      `Process CPU per page (${CPU_SAMPLE} requests one at a time, the database's share not included): server ${cpu.graphql ?? '?'} ms, SQL handler ${cpu.sql ?? '?'} ms. Unlike req/s this barely moves with other work on the machine.`,
      'Statement counts are also asserted by server/src/features/forum/thread.test.ts (“runs the same statements for 5 and 50 posts, at most 5 with the session”).',
      ...(ctx.config.profile ? [`CPU profile of the server written to ${ctx.resultsDir} (*.cpuprofile).`] : []),
    ],
    details: { sameJson, cpuMsPerPage: cpu, statements: Object.fromEntries(SIZES.map((size, i) => [`first${size}`, statements[i]])) },
  };
}

/** The fewest statements of three page loads per size, on the wire (warmed up first, as S3 does). */
async function countStatements(ctx: BenchContext, request: (first: number) => ReturnType<typeof graphqlRequest>): Promise<number[]> {
  const tap = await startStatementTap(ctx.postgresUrl);
  try {
    return await withServices(
      [startStrom({ kind: 'postgres', url: tap.url }, { logDir: ctx.logDir, label: 's9-statements' })],
      async ([server]) => {
        if (!server) throw new Error('no server');
        for (const first of SIZES) await fetchJson(server, request(first));
        const counts: number[] = [];
        for (const first of SIZES) {
          const runs = [];
          for (let i = 0; i < 3; i++) runs.push(await tap.during(() => fetchJson(server, request(first)).then(() => undefined)));
          counts.push(Math.min(...runs.map((r) => r.length)));
        }
        ctx.log(`S9: ${counts.join(' vs ')} statements at ${SIZES.join(' and ')} posts`);
        return counts;
      },
    );
  } finally {
    await tap.close();
  }
}

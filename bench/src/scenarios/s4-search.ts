import { readFileSync } from 'node:fs';
import { insertTables } from '../dataset/insert.js';
import { withPostgres } from '../dataset/postgres.js';
import { generateForumContent, POST_COUNT } from '../dataset/posts.js';
import type { ReplayStatement } from '../handlers/routes.js';
import type { ChildService } from '../measure/child-service.js';
import type { HttpRequest } from '../measure/load.js';
import { startStatementTap, type TappedStatement } from '../measure/statement-tap.js';
import { median, percentile, round } from '../measure/stats.js';
import { startStrom } from '../measure/strom-server.js';
import { SERVER_SCHEMA } from '../paths.js';
import { DIRECTORY_SEARCH, SEARCH, graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { searchQueries, type SearchQuery } from './search-queries.js';
import { fetchJson, graphqlRequest, startSqlHandler, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const P95_GOAL = 1.3;
// Sequential timings per query; the rare and common goals pool the samples of their queries.
const PER_QUERY_SAMPLES = 15;
const RARE_GOAL_MS = 20;
const COMMON_GOAL_MS = 50;

/** Reads and session bookkeeping are replayed; the occasional last-seen write and transaction control are not. */
const REPLAYABLE = /^\s*(select|with)\b/i;
/** The job runner's polling (pg-boss, the outbox sweep) shares the wire with the request: it is not the search's work. */
const BACKGROUND = /\bpgboss\.|\boutbox_effect\b/;

/**
 * S4: searches through GraphQL vs the very statements the server ran for them, replayed through pg by a
 * node:http handler, over the 20k names and 200k forum posts (loaded here: only S4 reads them). The statements
 * are captured on the wire (measure/statement-tap.ts) from a separate server instance first, so the measured
 * server runs without the tap.
 */
export async function runS4(ctx: BenchContext): Promise<ScenarioResult> {
  const schema = readFileSync(SERVER_SCHEMA, 'utf8');
  const useSearch = /^\s+search\(/m.test(schema);
  const forums = /^type PostMatch\b/m.test(schema);
  if (forums) await loadForumContent(ctx);
  const queries = searchQueries(ctx.dataset).filter((q) => forums || !q.forum);
  const requests = queries.map((q) =>
    graphqlRequest(useSearch ? graphqlBody(SEARCH, { query: q.text }) : graphqlBody(DIRECTORY_SEARCH, { text: q.text }), ctx.cookie),
  );
  const replays = await capture(ctx, requests);
  const replayRequests: HttpRequest[] = replays.map((_, i) => ({ method: 'GET', path: `/replay/${i}` }));
  const target = { kind: 'postgres' as const, url: ctx.postgresUrl };
  return withServices(
    [
      startStrom(target, { logDir: ctx.logDir, label: 's4-server' }),
      startSqlHandler(ctx, 's4-sql', target, { directorySql: null, replays }),
    ],
    async ([server, handler]) => {
      if (!server || !handler) throw new Error('services did not start');
      const row = await runComparison(
        ctx,
        `S4 search, ${queries.length} queries`,
        { label: 'graphql', service: server, requests },
        { label: 'sql', service: handler, requests: replayRequests },
      );
      const perQuery: (SearchQuery & { statements: number; graphqlMs: Timing; sqlMs: Timing; p95Ratio: number })[] = [];
      for (const [i, query] of queries.entries()) {
        const [request, replay] = [requests[i], replayRequests[i]];
        if (!request || !replay) continue;
        const graphql = await sample(server, request);
        const sql = await sample(handler, replay);
        perQuery.push({
          ...query,
          statements: replays[i]?.length ?? 0,
          graphqlMs: graphql,
          sqlMs: sql,
          p95Ratio: round(graphql.p95 / sql.p95, 2),
        });
      }
      const ratio = row.comparison.p95Ratio;
      const pooled = (kind: 'rare' | 'common', side: 'graphqlMs' | 'sqlMs') =>
        round(
          percentile(
            perQuery.filter((q) => q.kind === kind).flatMap((q) => q[side].times),
            95,
          ),
          2,
        );
      const [rare, common] = [pooled('rare', 'graphqlMs'), pooled('common', 'graphqlMs')];
      return {
        id: 'S4',
        title: `search: ${queries.length} queries${forums ? ` over 20k names and ${POST_COUNT / 1000}k posts` : ''} through ${useSearch ? 'search(query:)' : 'experts(filter:{text}) + organisations(filter:{text})'} vs the same SQL via pg`,
        rows: [row],
        goals: [
          { text: `p95 ≤ ${P95_GOAL}× direct SQL`, met: ratio <= P95_GOAL, measured: `${ratio}×` },
          { text: `rare words: p95 ≤ ${RARE_GOAL_MS} ms (1 connection, sequential)`, met: rare <= RARE_GOAL_MS, measured: `${rare} ms` },
          {
            text: `common words: p95 ≤ ${COMMON_GOAL_MS} ms (1 connection, sequential)`,
            met: common <= COMMON_GOAL_MS,
            measured: `${common} ms`,
          },
        ],
        notes: [
          `The ${queries.length} queries cycle on every connection: ${queries.map((q) => q.text).join(', ')}.`,
          `Sequential p95 through GraphQL (the SQL alone): rare words ${rare} ms (${pooled('rare', 'sqlMs')} ms), common words ${common} ms (${pooled('common', 'sqlMs')} ms), each over ${PER_QUERY_SAMPLES} samples of each query of the kind.`,
          `Per query (sequential, 1 connection, ${PER_QUERY_SAMPLES} samples), slowest GraphQL p95: ${[...perQuery]
            .toSorted((a, b) => b.graphqlMs.p95 - a.graphqlMs.p95)
            .slice(0, 3)
            .map((q) => `“${q.text}” ${q.graphqlMs.p95} ms vs ${q.sqlMs.p95} ms SQL`)
            .join('; ')}.`,
        ],
        details: { useSearch, perQuery, replays: replays.map((statements) => statements.map((s) => s.sql.replace(/\s+/g, ' '))) },
      };
    },
  );
}

async function capture(ctx: BenchContext, requests: HttpRequest[]): Promise<ReplayStatement[][]> {
  const tap = await startStatementTap(ctx.postgresUrl);
  try {
    return await withServices(
      [startStrom({ kind: 'postgres', url: tap.url }, { logDir: ctx.logDir, label: 's4-capture-server' })],
      async ([server]) => {
        if (!server) throw new Error('no server');
        const replays: ReplayStatement[][] = [];
        for (const request of requests) {
          await fetchJson(server, request);
          const statements = await tap.during(() => fetchJson(server, request).then(() => undefined));
          replays.push(statements.filter((s) => REPLAYABLE.test(s.sql) && !BACKGROUND.test(s.sql)).map(toReplay));
        }
        ctx.log(`S4: captured ${replays.reduce((n, r) => n + r.length, 0)} statements for ${requests.length} queries`);
        return replays;
      },
    );
  } finally {
    await tap.close();
  }
}

function toReplay(statement: TappedStatement): ReplayStatement {
  return { sql: statement.sql, params: statement.params.map((p) => (Buffer.isBuffer(p) ? { base64: p.toString('base64') } : p)) };
}

/** The forums, threads and posts of dataset/posts.ts, into the run's database. */
async function loadForumContent(ctx: BenchContext): Promise<void> {
  const started = performance.now();
  const tables = generateForumContent(ctx.config.seed, ctx.dataset.places);
  await withPostgres(ctx.postgresUrl, (client) => insertTables(client, tables));
  ctx.log(
    `S4: loaded ${tables.map((t) => `${t.rows.length} ${t.table}s`).join(', ')} in ${round((performance.now() - started) / 1000, 1)} s`,
  );
}

interface Timing {
  p50: number;
  p95: number;
  times: number[];
}

async function sample(service: ChildService, request: HttpRequest): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < PER_QUERY_SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(new URL(request.path, service.url), {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return { p50: round(median(times), 2), p95: round(percentile(times, 95), 2), times };
}

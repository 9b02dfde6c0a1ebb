import { startStatementTap, type TappedStatement } from '../measure/statement-tap.js';
import { startStrom } from '../measure/strom-server.js';
import { DIRECTORY, graphqlBody } from './documents.js';
import { fetchJson, graphqlRequest, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const SIZES = [5, 50] as const;
const MAX_STATEMENTS = 3;
const REPEAT = 3;

/**
 * S3: SQL statements per directory page at 5 and at 50 rows, counted on the wire between the server and
 * PostgreSQL (measure/statement-tap.ts), session lookup included. The same property is asserted in the server's
 * test suite: server/src/features/expert/expert.test.ts, "costs the same SQL statements for 5 and for 50 rows".
 */
export async function runS3(ctx: BenchContext): Promise<ScenarioResult> {
  const tap = await startStatementTap(ctx.postgresUrl);
  try {
    const counted = await withServices(
      [startStrom({ kind: 'postgres', url: tap.url }, { logDir: ctx.logDir, label: 's3-server' })],
      async ([server]) => {
        if (!server) throw new Error('no server');
        const request = (first: number) => graphqlRequest(graphqlBody(DIRECTORY, { first }), ctx.cookie);
        // Warm-up: the pool opens its connection, the session's last-seen time is written.
        for (const first of SIZES) await fetchJson(server, request(first));
        const result: Record<number, TappedStatement[][]> = {};
        for (const first of SIZES) {
          result[first] = [];
          for (let i = 0; i < REPEAT; i++)
            result[first].push(await tap.during(() => fetchJson(server, request(first)).then(() => undefined)));
        }
        return result;
      },
    );
    const counts = SIZES.map((first) => Math.min(...(counted[first] ?? []).map((s) => s.length)));
    const [five, fifty] = counts;
    ctx.log(`S3: ${five} statements at 5 rows, ${fifty} at 50 rows`);
    return {
      id: 'S3',
      title: 'SQL statements per directory page, 5 vs 50 rows (counted on the wire)',
      rows: [],
      goals: [
        { text: 'equal at 5 and 50 rows', met: five === fifty, measured: `${five} vs ${fifty}` },
        { text: `≤ ${MAX_STATEMENTS} (session lookup included)`, met: (fifty ?? Infinity) <= MAX_STATEMENTS, measured: `${fifty}` },
      ],
      notes: [
        'Also asserted by the server test suite: server/src/features/expert/expert.test.ts (“costs the same SQL statements for 5 and for 50 rows”).',
      ],
      details: Object.fromEntries(SIZES.map((first) => [`first${first}`, (counted[first]?.at(-1) ?? []).map((s) => s.sql)])),
    };
  } finally {
    await tap.close();
  }
}

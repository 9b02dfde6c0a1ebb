import { isDeepStrictEqual } from 'node:util';
import { cpuPerRequestNote } from '../measure/process-cpu.js';
import type { DatabaseTarget } from '../measure/strom-server.js';
import { startStrom } from '../measure/strom-server.js';
import { DIRECTORY, graphqlBody } from './documents.js';
import { DIRECTORY_SQL } from './directory-sql.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startSqlHandler, withServices } from './services.js';
import type { BenchContext, ComparisonRow } from './types.js';

export const PAGE_SIZE = 20;

export interface DirectoryRun {
  row: ComparisonRow;
  /** Whether the hand-written SQL returned exactly the GraphQL server's JSON. */
  sameJson: boolean;
  /** Each side's process CPU per page, as a report note. */
  cpuNote: string;
}

/**
 * The directory page through the server vs the hand-written json_agg statement through a node:http + driver
 * handler. The two may use different copies of a PGlite folder (PGlite is single-process).
 */
export async function directoryRun(
  ctx: BenchContext,
  name: string,
  server: DatabaseTarget,
  sql: DatabaseTarget,
  nodeFlags: string[] = [],
): Promise<DirectoryRun> {
  const label = name.toLowerCase().replace(/\W+/g, '-');
  const page = graphqlRequest(graphqlBody(DIRECTORY, { first: PAGE_SIZE }), ctx.cookie);
  const reference = { method: 'GET' as const, path: `/directory?first=${PAGE_SIZE}`, headers: { cookie: ctx.cookie } };
  return withServices(
    [
      startStrom(server, { logDir: ctx.logDir, label: `${label}-server`, nodeFlags }),
      startSqlHandler(ctx, `${label}-sql`, sql, { directorySql: DIRECTORY_SQL, replays: [] }),
    ],
    async ([graphql, handler]) => {
      if (!graphql || !handler) throw new Error('services did not start');
      const sameJson = isDeepStrictEqual(await fetchJson(graphql, page), await fetchJson(handler, reference));
      if (!sameJson) ctx.log(`  note: the SQL reference's JSON differs from the server's`);
      const row = await runComparison(
        ctx,
        name,
        { label: 'graphql', service: graphql, requests: [page] },
        { label: 'sql', service: handler, requests: [reference] },
      );
      const cpuNote = await cpuPerRequestNote(name, [
        { label: 'graphql', pid: graphql.pid, send: () => fetchJson(graphql, page) },
        { label: 'sql', pid: handler.pid, send: () => fetchJson(handler, reference) },
      ]);
      return { row, sameJson, cpuNote };
    },
  );
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HandlerRoutes } from '../handlers/routes.js';
import { startService, type ChildService } from '../measure/child-service.js';
import type { HttpRequest } from '../measure/load.js';
import type { DatabaseTarget } from '../measure/strom-server.js';
import { HANDLERS_DIR } from '../paths.js';
import type { BenchContext } from './types.js';

const READY = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

export function startRawJson(ctx: BenchContext, label: string, payload: unknown): Promise<ChildService> {
  const file = path.join(ctx.logDir, `${label}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return startService({
    label,
    args: [path.join(HANDLERS_DIR, 'raw-json.js')],
    env: { NODE_ENV: 'production', RAW_JSON_FILE: file },
    logFile: path.join(ctx.logDir, `${label}.log`),
    ready: READY,
  });
}

export function startSqlHandler(ctx: BenchContext, label: string, target: DatabaseTarget, routes: HandlerRoutes): Promise<ChildService> {
  const file = path.join(ctx.logDir, `${label}-routes.json`);
  writeFileSync(file, JSON.stringify(routes));
  return startService({
    label,
    args: [path.join(HANDLERS_DIR, 'sql-json.js')],
    env: {
      NODE_ENV: 'production',
      HANDLER_ROUTES: file,
      ...(target.kind === 'postgres' ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dir }),
    },
    logFile: path.join(ctx.logDir, `${label}.log`),
    ready: READY,
    timeoutMs: 120_000,
  });
}

/** S1's reference: the session lookup through pg, then the same document as the server's. */
export function startSessionJson(ctx: BenchContext, label: string, payload: unknown, sessionSql: string): Promise<ChildService> {
  const file = path.join(ctx.logDir, `${label}.json`);
  const sqlFile = path.join(ctx.logDir, `${label}.sql`);
  writeFileSync(file, JSON.stringify(payload));
  writeFileSync(sqlFile, sessionSql);
  return startService({
    label,
    args: [path.join(HANDLERS_DIR, 'session-json.js')],
    env: { NODE_ENV: 'production', RAW_JSON_FILE: file, SESSION_SQL_FILE: sqlFile, DATABASE_URL: ctx.postgresUrl },
    logFile: path.join(ctx.logDir, `${label}.log`),
    ready: READY,
  });
}

/** PostGraphile 5 over the loaded PostgreSQL database (S1b, S2's second reference). */
export function startPostgraphile(ctx: BenchContext, label: string): Promise<ChildService> {
  return startService({
    label,
    args: [path.join(HANDLERS_DIR, 'postgraphile.js')],
    env: { NODE_ENV: 'production', GRAPHILE_ENV: 'production', DATABASE_URL: ctx.postgresUrl },
    logFile: path.join(ctx.logDir, `${label}.log`),
    ready: READY,
    timeoutMs: 120_000,
  });
}

/** A GraphQL POST as a browser sends it (JSON body, session cookie; Apollo's CSRF check passes on application/json). */
export function graphqlRequest(body: string, cookie: string): HttpRequest {
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', cookie }, body };
}

/** Sends one request and returns the parsed body; a GraphQL error fails the scenario instead of being benchmarked. */
export async function fetchJson(service: ChildService, request: HttpRequest): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(new URL(request.path, service.url), {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${service.label} ${request.path}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (json.errors) throw new Error(`${service.label} ${request.path}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}

/** Runs `work` with the services started, stopping them whatever happens. */
export async function withServices<T>(services: Promise<ChildService>[], work: (started: ChildService[]) => Promise<T>): Promise<T> {
  const settled = await Promise.allSettled(services);
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return await work(started);
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

// S2/S4/S7's reference: node:http plus the database driver, nothing else. /directory runs one hand-written
// json_agg statement (session check included), /thread S9's, /dashboard S12's, and sends PostgreSQL's text as the body; /replay/<i> runs
// the statements the GraphQL server ran for request i, in order, and serialises their rows.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Pool } from 'pg';
import { serveJson, sessionHash } from './json-server.js';
import { toParams, type HandlerRoutes } from './routes.js';

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const routes = JSON.parse(readFileSync(process.env.HANDLER_ROUTES ?? '', 'utf8')) as HandlerRoutes;
const query = await connect();

async function connect(): Promise<Query> {
  if (process.env.PGLITE_DIR) {
    const db = await PGlite.create({ dataDir: process.env.PGLITE_DIR, extensions: { btree_gist, pg_trgm, unaccent } });
    return async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows;
  }
  // The same pool size as the server's (server/src/db/orm.ts).
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  return async (sql, params) => (await pool.query<Record<string, unknown>>(sql, params)).rows;
}

async function respond(req: IncomingMessage): Promise<string> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/directory' && routes.directorySql) {
    const rows = await query(routes.directorySql, [sessionHash(req), Number(url.searchParams.get('first') ?? 20)]);
    const body = rows[0]?.body;
    return typeof body === 'string' ? body : JSON.stringify(body ?? null);
  }
  if (url.pathname === '/thread' && routes.threadSql) {
    const rows = await query(routes.threadSql, [sessionHash(req), url.searchParams.get('id'), Number(url.searchParams.get('first') ?? 50)]);
    const body = rows[0]?.body;
    return typeof body === 'string' ? body : JSON.stringify(body ?? null);
  }
  if (url.pathname === '/dashboard' && routes.dashboardSql) {
    const rows = await query(routes.dashboardSql, [sessionHash(req), url.searchParams.get('country')]);
    const body = rows[0]?.body;
    return typeof body === 'string' ? body : JSON.stringify(body ?? null);
  }
  if (url.pathname === '/organisations' && routes.organisationsSql) {
    const rows = await query(routes.organisationsSql, [Number(url.searchParams.get('first') ?? 20)]);
    const body = rows[0]?.body;
    return typeof body === 'string' ? body : JSON.stringify(body ?? null);
  }
  const replay = /^\/replay\/(\d+)$/.exec(url.pathname);
  const statements = replay ? routes.replays[Number(replay[1])] : undefined;
  if (!statements) throw new Error(`no route ${url.pathname}`);
  const results: unknown[] = [];
  for (const statement of statements) results.push(await query(statement.sql, toParams(statement.params)));
  return JSON.stringify({ data: results });
}

serveJson(respond);

// S1's reference: node:http plus pg doing what every signed-in request must, the session lookup (one
// statement), then serialising the same JSON document the GraphQL server returned. No session, no document.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { serveJson, sessionHash } from './json-server.js';

const payload: unknown = JSON.parse(readFileSync(process.env.RAW_JSON_FILE ?? '', 'utf8'));
const sessionSql = readFileSync(process.env.SESSION_SQL_FILE ?? '', 'utf8');
// The same pool size as the server's (server/src/db/orm.ts).
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function respond(req: IncomingMessage): Promise<string> {
  const { rows } = await pool.query<{ status: string; expires_ms: number }>(sessionSql, [sessionHash(req)]);
  const live = rows[0] && rows[0].status === 'ACTIVE' && rows[0].expires_ms > Date.now();
  return JSON.stringify(live ? payload : { errors: [{ message: 'Sign in' }] });
}

serveJson(respond, () => pool.end());

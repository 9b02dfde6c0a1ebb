// S1's reference: node:http plus pg doing what every signed-in request must, the session lookup (one
// statement), then serialising the same JSON document the GraphQL server returned. No session, no document.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

const payload: unknown = JSON.parse(readFileSync(process.env.RAW_JSON_FILE ?? '', 'utf8'));
const sessionSql = readFileSync(process.env.SESSION_SQL_FILE ?? '', 'utf8');
// The same pool size as the server's (server/src/db/orm.ts).
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

function sessionHash(req: IncomingMessage): string {
  const token = /(?:^|;\s*)strom_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  return createHash('sha256').update(token).digest('hex');
}

async function respond(req: IncomingMessage): Promise<string> {
  const { rows } = await pool.query<{ status: string; expires_ms: number }>(sessionSql, [sessionHash(req)]);
  const live = rows[0] && rows[0].status === 'ACTIVE' && rows[0].expires_ms > Date.now();
  return JSON.stringify(live ? payload : { errors: [{ message: 'Sign in' }] });
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    respond(req).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
});

// The node:http skeleton the SQL references share: each request's body comes from `respond`, sent as JSON with
// its length; a failure is a 500 with the error. The port is printed for the bench to read (measure/child-service.ts).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The session cookie's hash, as the server stores it: what a reference's session check looks up. */
export function sessionHash(req: IncomingMessage): string {
  const token = /(?:^|;\s*)strom_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  return createHash('sha256').update(token).digest('hex');
}

/** Serves `respond`'s JSON on a free loopback port until SIGTERM, then runs `close` (a pool to end) and exits. */
export function serveJson(respond: (req: IncomingMessage) => Promise<string>, close: () => Promise<void> = async () => {}): void {
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
    server.close(() => void close().then(() => process.exit(0)));
  });
}

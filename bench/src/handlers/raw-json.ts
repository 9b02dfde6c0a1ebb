// S1's reference: the cheapest honest JSON endpoint node:http can be. It reads the request body and
// serialises the same document the GraphQL server returned, on every request.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const payload: unknown = JSON.parse(readFileSync(process.env.RAW_JSON_FILE ?? '', 'utf8'));

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = JSON.stringify(payload);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

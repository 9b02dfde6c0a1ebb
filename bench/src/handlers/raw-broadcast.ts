// S10's reference: the cheapest honest live fan-out. Sockets connect (with the graphql-transport-ws
// subprotocol, acknowledged like graphql-ws does); each POST /broadcast sends the one pre-serialised message
// to every socket. The message is what the GraphQL server sent for a postAdded event.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData } from 'ws';

const message = readFileSync(process.env.RAW_MESSAGE_FILE ?? '', 'utf8');

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    for (const socket of sockets.clients) socket.send(message);
    res.writeHead(204);
    res.end();
  });
});
const sockets = new WebSocketServer({ server, path: '/graphql' });
sockets.on('connection', (socket) => {
  socket.on('message', (data) => {
    const type = (JSON.parse(textOf(data)) as { type?: string }).type;
    if (type === 'connection_init') socket.send('{"type":"connection_ack"}');
  });
});
const textOf = (data: RawData) =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data))).toString('utf8');

server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

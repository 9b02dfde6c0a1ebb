import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { MemberViewer } from './auth.js';
import { trackSessionSockets, type SessionSockets } from './live-sockets.js';
import { createEventBus, topic, type EventBus } from './pubsub.js';

/** The tracker over real sockets and the in-process event bus; the session lookup is the one thing given. */
let server: WebSocketServer;
let events: EventBus;
let sockets: SessionSockets;
const serverSide: WebSocket[] = [];

beforeEach(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server.on('connection', (socket) => serverSide.push(socket));
  await once(server, 'listening');
  events = createEventBus({ redisUrl: null, channelPrefix: 'live-sockets-test' });
  sockets = trackSessionSockets(events);
});
afterEach(async () => {
  sockets.stop();
  serverSide.length = 0;
  for (const client of server.clients) client.terminate();
  await new Promise((resolve) => server.close(resolve));
  await events.close();
});

const member = (sessionId: string, overrides: Partial<MemberViewer> = {}): MemberViewer => ({
  kind: 'member',
  userId: `user-of-${sessionId}`,
  sessionId,
  networkRole: 'MEMBER',
  countryCode: 'LV',
  coordinatorOf: [],
  expertId: null,
  municipalityId: null,
  totpEnabled: false,
  editorOf: [],
  ...overrides,
});

/** A client socket and its server end. */
async function connect(): Promise<{ client: WebSocket; socket: WebSocket }> {
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await once(client, 'open');
  await expect.poll(() => serverSide.length).toBeGreaterThan(0);
  return { client, socket: serverSide.shift()! };
}

describe('trackSessionSockets', () => {
  it('forgets a session once its last socket closes', async () => {
    const pairs = await Promise.all([connect(), connect(), connect()]);
    sockets.open(pairs[0]!.socket, member('s1'), async () => member('s1'));
    sockets.open(pairs[1]!.socket, member('s1'), async () => member('s1'));
    sockets.open(pairs[2]!.socket, member('s2'), async () => member('s2'));
    expect(sockets.size).toBe(2);
    pairs[0]!.client.close();
    await once(pairs[0]!.socket, 'close');
    expect(sockets.size).toBe(2);
    for (const pair of pairs.slice(1)) {
      pair.client.close();
      await once(pair.socket, 'close');
    }
    expect(sockets.size).toBe(0);
  });

  it('closes every socket of a revoked session and checks its events against no rights from then on', async () => {
    const { client, socket } = await connect();
    const live = sockets.open(socket, member('s1'), async () => member('s1'));
    expect(live.current.kind).toBe('member');
    events.publish('SESSIONS_REVOKED', { sessionIds: ['s1'] });
    const [code] = (await once(client, 'close')) as [number];
    expect(code).toBe(4403);
    expect(live.current.kind).toBe('anonymous');
    expect(sockets.size).toBe(0);
  });

  it('re-reads the viewer when the account changes, without a request', async () => {
    const { socket } = await connect();
    let totpEnabled = true;
    const live = sockets.open(socket, member('s1', { networkRole: 'ADMIN', totpEnabled }), async () =>
      member('s1', { networkRole: 'ADMIN', totpEnabled }),
    );
    totpEnabled = false;
    events.publish(topic('user', 'user-of-s1'), { kind: 'ACCOUNT_CHANGED' });
    await expect.poll(() => live.current.kind === 'member' && live.current.totpEnabled).toBe(false);
  });

  it('re-reads the session when it would expire, and closes the socket if it has', async () => {
    const { client, socket } = await connect();
    let lookups = 0;
    sockets.open(socket, member('s1', { sessionEndsAt: Date.now() + 200 }), async () => {
      lookups++;
      return { kind: 'anonymous' };
    });
    const [code] = (await once(client, 'close')) as [number];
    expect(code).toBe(4403);
    expect(lookups).toBe(1);
    expect(sockets.size).toBe(0);
  });

  it('does not follow anonymous sockets', async () => {
    const { socket } = await connect();
    const live = sockets.open(socket, { kind: 'anonymous' }, async () => ({ kind: 'anonymous' }));
    expect(live.current.kind).toBe('anonymous');
    expect(sockets.size).toBe(0);
  });
});

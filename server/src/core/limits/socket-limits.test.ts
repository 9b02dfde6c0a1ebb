import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { closedWithin, overSocket, rawSocket, socketClient } from './probe-client.test-support.js';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from './socket-operation.js';
import { SOCKET_LIMITS, TOO_MANY_CONNECTIONS } from './socket-limits.js';

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.pl');
});
afterAll(() => app.close());

/** Opens a graphql-ws connection and reports how it ended (or that it is still open after the handshake). */
async function connect(client: Client): Promise<{ code: number; reason: string } | 'open'> {
  return new Promise((resolve) => {
    client.on('connected', () => resolve('open'));
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason });
    });
    // A subscription makes the lazy client connect; no event comes while the test runs.
    client.subscribe(
      { query: 'subscription { networkActivity { node { id } } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
  });
}

describe('WebSocket limits', () => {
  it('closes a socket that sends a 1 MB message (1009 Message Too Big)', async () => {
    const { socket, closed } = await rawSocket(app.url);
    const query = `subscription { networkActivity { node { id ${'kind '.repeat(200_000)} } } }`;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    expect(await closedWithin(closed, 3000)).toMatchObject({ code: 1009 });
  });

  it('keeps a socket whose messages are within the limit', async () => {
    const { socket, closed } = await rawSocket(app.url);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { networkActivity { node { id } } }' } }));
    expect(await closedWithin(closed, 500)).toBeNull();
    socket.close();
  });

  it(`refuses the subscriptions beyond ${MAX_SUBSCRIPTIONS_PER_SOCKET} on one socket, with a typed error`, async () => {
    const client = socketClient(app.url);
    const refusals: GraphQLFormattedError[] = [];
    const attempts = 500;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${refusals.length} refusals`)), 10_000);
        for (let i = 0; i < attempts; i += 1) {
          client.subscribe(
            { query: 'subscription { networkActivity { node { id } } }' },
            {
              next: () => {},
              complete: () => {},
              error: (errors) => {
                refusals.push(...(errors as GraphQLFormattedError[]));
                if (refusals.length === attempts - MAX_SUBSCRIPTIONS_PER_SOCKET) {
                  clearTimeout(timer);
                  resolve();
                }
              },
            },
          );
        }
      });
      // Nothing more is refused once the excess is: the first twenty keep running.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(refusals).toHaveLength(attempts - MAX_SUBSCRIPTIONS_PER_SOCKET);
      expect(refusals[0]).toEqual({
        message: `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions may run on one connection; complete one first`,
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      });
    } finally {
      await client.dispose();
    }
  });

  it(`closes a session's socket beyond ${SOCKET_LIMITS.perSession} with 1013 Try Again Later`, async () => {
    const clients = Array.from({ length: SOCKET_LIMITS.perSession + 1 }, () => socketClient(app.url, member));
    try {
      const allowed = await Promise.all(clients.slice(0, -1).map(connect));
      expect(allowed.every((outcome) => outcome === 'open')).toBe(true);
      expect(await connect(clients.at(-1)!)).toEqual({ code: TOO_MANY_CONNECTIONS, reason: 'Too many connections for this session' });
    } finally {
      await Promise.all(clients.map(async (c) => c.dispose()));
    }
  });

  // Each socket claims another address in X-Forwarded-For: without TRUST_PROXY nobody is believed, so all count as one.
  const claiming = (i: number) => ({ 'x-forwarded-for': `203.0.113.${(i % 250) + 1}` });

  it(`closes an address's socket beyond ${SOCKET_LIMITS.perAddress}, and admits it again once one closes`, async () => {
    const opened = await Promise.all(Array.from({ length: SOCKET_LIMITS.perAddress }, (_, i) => rawSocket(app.url, claiming(i))));
    try {
      const extra = await rawSocket(app.url, claiming(SOCKET_LIMITS.perAddress));
      expect(await closedWithin(extra.closed, 2000)).toEqual({
        code: TOO_MANY_CONNECTIONS,
        reason: 'Too many connections from this address',
      });
      const first = opened.shift()!;
      first.socket.close();
      await first.closed;
      const again = await rawSocket(app.url);
      expect(await closedWithin(again.closed, 300)).toBeNull();
      opened.push(again);
    } finally {
      for (const { socket } of opened) socket.close();
      await Promise.all(opened.map(({ closed }) => closed));
    }
  });

  it('answers a refused operation on a socket that stays usable', async () => {
    const client = socketClient(app.url);
    try {
      const refused = await overSocket(client, `{ ${'__typename '.repeat(10)}}`);
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(await overSocket(client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await client.dispose();
    }
  });
});

import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';

/** Test helpers: GraphQL over a WebSocket as an attacker would use it, one operation or many on one socket. */

export type SocketResult = FormattedExecutionResult<Record<string, unknown>, unknown>;

export function socketClient(httpUrl: string, cookie?: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Runs one operation; resolves with its errors when the server refuses it, with its last result otherwise. */
export function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<SocketResult> {
  return new Promise((resolve, reject) => {
    let last: SocketResult = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          last = value;
        },
        error: (error: unknown) => (isErrorList(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(last),
      },
    );
  });
}

/** graphql-ws reports a refused operation as its list of errors, and a failed connection as a close event. */
function isErrorList(error: unknown): error is GraphQLFormattedError[] {
  return Array.isArray(error);
}

/** One operation on a socket of its own, closed afterwards. */
export async function onceOverSocket(
  httpUrl: string,
  query: string,
  options: { cookie?: string; variables?: Record<string, unknown> } = {},
) {
  const client = socketClient(httpUrl, options.cookie);
  try {
    return await overSocket(client, query, options.variables);
  } finally {
    await client.dispose();
  }
}

/** A raw socket past the graphql-transport-ws handshake (or closed by the server first), for messages no well-behaved client sends. */
export async function rawSocket(
  httpUrl: string,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', { headers });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('message', () => resolve());
    socket.once('close', () => resolve());
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** Resolves with the close event, or with null when the socket is still open after `ms`. */
export function closedWithin(closed: Promise<{ code: number; reason: string }>, ms: number) {
  return Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

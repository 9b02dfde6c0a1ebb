import { performance } from 'node:perf_hooks';
import WebSocket, { type RawData } from 'ws';

/** The server admits at most 100 sockets per client address: spread them over loopback addresses. */
const PER_ADDRESS = 75;
const OPEN_BATCH = 25;

export interface Subscribers {
  /** Arrival time (performance.now()) of the next `next` message at every socket, in socket order. */
  nextEvent: (timeoutMs?: number) => Promise<number[]>;
  /** The text of the first `next` message the first socket received. */
  readonly firstMessage: string | null;
  /** How many `next` messages each socket has received so far (for loss counts under a steady stream). */
  received: () => number[];
  close: () => Promise<void>;
}

interface Pending {
  times: number[];
  left: number;
  resolve: (times: number[]) => void;
  reject: (error: Error) => void;
}

/**
 * `count` graphql-transport-ws sockets, each with one subscription (id "1"), as a browser tab holds them.
 * Arrival is timed before the message is parsed; each message is then parsed, as a client would.
 */
export async function openSubscribers(
  httpUrl: string,
  count: number,
  operation: { query: string; variables: Record<string, unknown> },
  /** A Cookie header per socket (signed-in subscribers); none: anonymous readers. */
  cookies: readonly string[] = [],
): Promise<Subscribers> {
  const url = `${httpUrl.replace(/^http/, 'ws')}/graphql`;
  const sockets: WebSocket[] = [];
  let pending: Pending | null = null;
  let firstMessage: string | null = null;
  const counts = Array.from<number>({ length: count }).fill(0);
  const open = (index: number) =>
    new Promise<WebSocket>((resolve, reject) => {
      const cookie = cookies[index];
      const socket = new WebSocket(url, 'graphql-transport-ws', {
        localAddress: `127.0.0.${2 + Math.floor(index / PER_ADDRESS)}`,
        ...(cookie ? { headers: { cookie } } : {}),
      });
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => {
        const at = performance.now();
        const text = textOf(data);
        const message = JSON.parse(text) as { type: string; payload?: { errors?: unknown[] } };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: operation }));
          resolve(socket);
        } else if (message.type === 'next') {
          if (message.payload?.errors) pending?.reject(new Error(`subscription error: ${text.slice(0, 300)}`));
          if (index === 0) firstMessage ??= text;
          counts[index]! += 1;
          if (pending && pending.times[index] === undefined) {
            pending.times[index] = at;
            if (--pending.left === 0) pending.resolve(pending.times);
          }
        } else if (message.type === 'error' || message.type === 'complete') {
          pending?.reject(new Error(`socket ${index}: ${text.slice(0, 300)}`));
        }
      });
      socket.on('close', (code) => pending?.reject(new Error(`socket ${index} closed (${code})`)));
    });
  for (let start = 0; start < count; start += OPEN_BATCH) {
    const batch = Array.from({ length: Math.min(OPEN_BATCH, count - start) }, (_, i) => open(start + i));
    sockets.push(...(await Promise.all(batch)));
  }
  return {
    nextEvent: (timeoutMs = 10_000) =>
      new Promise<number[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending = null;
          reject(new Error(`not every socket received the event within ${timeoutMs} ms`));
        }, timeoutMs);
        pending = {
          times: Array.from<number>({ length: count }),
          left: count,
          resolve: (times) => {
            clearTimeout(timer);
            pending = null;
            resolve(times);
          },
          reject: (error) => {
            clearTimeout(timer);
            pending = null;
            reject(error);
          },
        };
      }),
    received: () => [...counts],
    get firstMessage() {
      return firstMessage;
    },
    close: async () => {
      pending = null;
      await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === WebSocket.CLOSED) return resolve();
              socket.once('close', () => resolve());
              socket.close(1000);
            }),
        ),
      );
    },
  };
}

function textOf(data: RawData): string {
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data))).toString('utf8');
}

/** Resident set of a process now, MB (Linux). */
export async function rssMb(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

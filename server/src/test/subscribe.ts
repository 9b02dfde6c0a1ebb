import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
  /** Resolves when the server closes the socket (e.g. 4403 when the session ends). */
  closed: Promise<{ code: number; reason: string }>;
}

/** A real graphql-transport-ws client, subscribed and acknowledged before this resolves. */
export async function subscribe<T>(
  httpUrl: string,
  query: string,
  options: { origin?: string; cookie?: string } = {},
): Promise<Subscription<T>> {
  const queue: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let connected!: () => void;
  let failed!: (reason: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    connected = resolve;
    failed = reject;
  });
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    onClosed = resolve;
  });
  const headers = { ...(options.origin ? { origin: options.origin } : {}), ...(options.cookie ? { cookie: options.cookie } : {}) };
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, Object.keys(headers).length > 0 ? { headers } : {});
      }
    },
    retryAttempts: 0,
    lazy: false,
    // A closed socket is reported through `closed`; graphql-ws would also print it to the console.
    onNonLazyError: (error) => failed(error),
    on: {
      connected: () => connected(),
      closed: (event) => {
        const known = typeof event === 'object' && event !== null;
        const code = known && 'code' in event && typeof event.code === 'number' ? event.code : 0;
        const reason = known && 'reason' in event && typeof event.reason === 'string' ? event.reason : '';
        onClosed({ code, reason });
        failed(event);
      },
      error: (error) => failed(error),
    },
  });
  const unsubscribe = client.subscribe<T>(
    { query },
    {
      next: (value) => {
        const data = value.data as T;
        const waiter = waiters.shift();
        if (waiter) waiter(data);
        else queue.push(data);
      },
      error: (error) => failed(error),
      complete: () => undefined,
    },
  );
  await ready;
  // The subscribe message is sent right after the ack; give the server a moment to register it.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    closed,
    next: (timeoutMs = 5000) => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

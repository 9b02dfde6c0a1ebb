import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** A real graphql-transport-ws client, subscribed and acknowledged before this resolves. */
export async function subscribe<T>(httpUrl: string, query: string, options: { origin?: string } = {}): Promise<Subscription<T>> {
  const queue: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let connected!: () => void;
  let failed!: (reason: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    connected = resolve;
    failed = reject;
  });
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, options.origin ? { headers: { origin: options.origin } } : {});
      }
    },
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => connected(), closed: (event) => failed(event), error: (error) => failed(error) },
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

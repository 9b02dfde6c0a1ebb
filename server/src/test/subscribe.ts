import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

type ExecutionResult<T> = FormattedExecutionResult<T, unknown>;

export interface Subscription<T> {
  /** Resolves with the next event's data, or rejects after `timeoutMs` (or with the errors of an error result). */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves with the next result as sent, errors included. */
  result(timeoutMs?: number): Promise<ExecutionResult<T>>;
  close(): Promise<void>;
  /** Resolves when the server closes the socket (e.g. 4403 when the session ends). */
  closed: Promise<{ code: number; reason: string }>;
}

export interface SocketOptions {
  origin?: string;
  cookie?: string;
}

/** A real graphql-transport-ws connection that can carry several operations, acknowledged before this resolves. */
export interface LiveSocket {
  /** A query or mutation over this socket: the single result. */
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<T>>;
  /** A subscription over this socket, registered on the server before this resolves. */
  subscribe<T>(query: string, variables?: Record<string, unknown>): Promise<Subscription<T>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export async function connectSocket(httpUrl: string, options: SocketOptions = {}): Promise<LiveSocket> {
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
  await ready;
  return {
    closed,
    request: <T>(query: string, variables?: Record<string, unknown>) =>
      new Promise<ExecutionResult<T>>((resolve, reject) => {
        let result: ExecutionResult<T> | null = null;
        client.subscribe<T>(
          { query, variables },
          {
            next: (value) => {
              result = value;
            },
            error: (error) => (Array.isArray(error) ? resolve({ errors: error } as unknown as ExecutionResult<T>) : reject(error)),
            complete: () => (result ? resolve(result) : reject(new Error('no result'))),
          },
        );
      }),
    subscribe: (query, variables) => startSubscription(client, closed, query, variables),
    close: () => client.dispose() as Promise<void>,
  };
}

async function startSubscription<T>(
  client: Client,
  closed: Promise<{ code: number; reason: string }>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Subscription<T>> {
  const queue: ExecutionResult<T>[] = [];
  const waiters: ((value: ExecutionResult<T>) => void)[] = [];
  const deliver = (value: ExecutionResult<T>) => {
    const waiter = waiters.shift();
    if (waiter) waiter(value);
    else queue.push(value);
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => deliver(value as ExecutionResult<T>),
      error: (error) => (Array.isArray(error) ? deliver({ errors: error } as unknown as ExecutionResult<T>) : undefined),
      complete: () => undefined,
    },
  );
  // The subscribe message is sent right away; give the server a moment to register it.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const result = (timeoutMs = 5000) => {
    const queued = queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise<ExecutionResult<T>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      waiters.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  };
  return {
    closed,
    result,
    next: async (timeoutMs) => {
      const value = await result(timeoutMs);
      if (value.errors?.length) throw Object.assign(new Error(value.errors[0]!.message), { errors: value.errors });
      return value.data as T;
    },
    close: async () => {
      unsubscribe();
    },
  };
}

/** One subscription on a socket of its own; closing it closes the socket. */
export async function subscribe<T>(
  httpUrl: string,
  query: string,
  options: SocketOptions & { variables?: Record<string, unknown> } = {},
): Promise<Subscription<T>> {
  const socket = await connectSocket(httpUrl, options);
  const subscription = await socket.subscribe<T>(query, options.variables);
  return {
    ...subscription,
    close: async () => {
      await subscription.close();
      await socket.close();
    },
  };
}

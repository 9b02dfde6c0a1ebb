import type { DirectSink, SteadyTake } from './direct-delivery.js';

/**
 * An unbounded queue read as an async iterator: what one subscriber has been handed but not yet sent.
 * It exists from the moment it is created, so nothing published between "subscribed" and "first read" is lost
 * (a generator or a Repeater would only start listening at the first `next()`).
 *
 * While its reader is parked on it with nothing queued, everything handed to it before has been sent, so an event
 * can skip the chain of iterators above it: the stream's synchronous `take` (its rights and order checks) and the
 * socket's `sink` (one shared rendering, one write) deliver it directly. See direct-delivery.ts.
 */
export interface Inbox<T> extends AsyncIterableIterator<T> {
  /**
   * From the hub: delivered directly when the inbox is idle and both halves of the direct path are set, else queued.
   * Returns what to send (the payload's JSON, or its promise) when delivered directly, null otherwise.
   */
  offer(value: T): string | Promise<string> | null;
  /** Sends a payload `offer` returned, unless the inbox has closed since. */
  send(payload: string): void;
  /** The stream's synchronous checks for the direct path (the same ones its iterator applies). */
  steady(take: SteadyTake<T>): void;
  /** The socket's end of the direct path. */
  deliverWith(sink: DirectSink): void;
  /** Ends the iteration now, dropping what is queued. */
  return(): Promise<IteratorResult<T>>;
}

export function createInbox<T>(onClose: () => void): Inbox<T> {
  const queued: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let closed = false;
  let take: SteadyTake<T> | null = null;
  let sink: DirectSink | null = null;
  const close = () => {
    if (closed) return;
    closed = true;
    queued.length = 0;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    onClose();
  };
  /** Hands the value to the parked reader, or queues it for the next read; nothing to send directly. */
  const enqueue = (value: T): null => {
    const resolve = waiting.shift();
    if (resolve) resolve({ value, done: false });
    else queued.push(value);
    return null;
  };
  const inbox: Inbox<T> = {
    offer(value) {
      if (closed) return null;
      if (!take || !sink || waiting.length === 0) return enqueue(value);
      const verdict = take(value);
      if (verdict === 'skip') return null;
      return verdict === 'queue' ? enqueue(value) : sink.render(verdict);
    },
    send(payload) {
      if (!closed) sink?.send(payload);
    },
    steady(check) {
      take = check;
    },
    deliverWith(direct) {
      sink = direct;
    },
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift() as T, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return inbox;
    },
  };
  return inbox;
}

/** A stream built over an inbox: the execution layer reaches the inbox through it to attach the socket's sink. */
export interface LiveStream<T> extends AsyncGenerator<T> {
  deliverWith(sink: DirectSink): void;
}

/**
 * A generator parked on an empty inbox cannot be returned (an async generator's `return()` waits for the
 * `await` it is parked on), so a closing socket would leave it and its upstream subscription behind. The
 * returned iterator closes the inbox first, which ends the generator's loop, then returns the generator.
 */
export function closingWith<T>(generator: AsyncGenerator<T>, inbox: Inbox<unknown>): LiveStream<T> {
  const iterator: LiveStream<T> = {
    next: (...args) => generator.next(...args),
    return: async (value) => {
      await inbox.return();
      return generator.return(value);
    },
    throw: async (error) => {
      await inbox.return();
      return generator.throw(error);
    },
    deliverWith: (sink) => inbox.deliverWith(sink),
    [Symbol.asyncIterator]: () => iterator,
    [Symbol.asyncDispose]: async () => {
      await iterator.return(undefined);
    },
  };
  return iterator;
}

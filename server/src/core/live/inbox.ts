/**
 * An unbounded queue read as an async iterator: what one subscriber has been handed but not yet sent.
 * It exists from the moment it is created, so nothing published between "subscribed" and "first read" is lost
 * (a generator or a Repeater would only start listening at the first `next()`).
 */
export interface Inbox<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** Ends the iteration now, dropping what is queued. */
  return(): Promise<IteratorResult<T>>;
}

export function createInbox<T>(onClose: () => void): Inbox<T> {
  const queued: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    queued.length = 0;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    onClose();
  };
  const inbox: Inbox<T> = {
    push(value) {
      if (closed) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else queued.push(value);
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

/**
 * A generator parked on an empty inbox cannot be returned (an async generator's `return()` waits for the
 * `await` it is parked on), so a closing socket would leave it and its upstream subscription behind. The
 * returned iterator closes the inbox first, which ends the generator's loop, then returns the generator.
 */
export function closingWith<T>(generator: AsyncGenerator<T>, inbox: Inbox<unknown>): AsyncGenerator<T> {
  const iterator: AsyncGenerator<T> = {
    next: (...args) => generator.next(...args),
    return: async (value) => {
      await inbox.return();
      return generator.return(value);
    },
    throw: async (error) => {
      await inbox.return();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
    [Symbol.asyncDispose]: async () => {
      await iterator.return(undefined);
    },
  };
  return iterator;
}

import { useDeferredValue, useState } from 'react';

/** Stands for "not shown yet": undefined cannot, as React reads an undefined initial value as none given. */
const PENDING = Symbol('pending');

/**
 * `value`, except that when it arrives after the component mounted (a query's first answer), it shows only once a
 * background render has rendered it: undefined until then. An answer reaches React through useSyncExternalStore,
 * whose updates render in one blocking task, a whole page at once (a 400 ms task on a phone, S8 TBT); the deferred
 * render yields to the browser every few milliseconds while the page keeps its loading state. A value there at
 * mount (from the cache) shows at once, and later values (the reader's own changes) render at once, as before.
 */
export function useDeferredArrival<T>(value: T | undefined): T | undefined {
  const [arrivesLater] = useState(value === undefined);
  const shown = useDeferredValue(value === undefined ? PENDING : value, arrivesLater ? PENDING : undefined);
  return shown === PENDING ? undefined : value;
}

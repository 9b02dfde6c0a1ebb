import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { Inbox } from './inbox.js';

/**
 * A subscriber's steady state, on the hub's own turn: graphql-ws would carry each event through the stream's
 * generators, the execution and its own send, a dozen promise hops per subscriber and event (at 1,000 subscribers,
 * about 10 µs each: as much as the socket write itself). When the subscriber has nothing queued, the stream's checks run
 * synchronously (`SteadyTake`), the result is rendered once for everyone who shares it (`DirectSink.render`) and
 * each socket gets one write. Anything else (a gap to fill from the log, rights that are gone, a merge's several
 * posts) is handed to the stream's iterator as before, which then handles everything after it until it is idle.
 */

/** What a stream makes of a live event while idle: the event to send (it may be one part of it), skip it, or queue it for the iterator. */
export type SteadyTake<T> = (value: T) => object | 'skip' | 'queue';

/** A subscription's socket: the payload of an event as JSON, shared by everyone whose result is the same, and the write. */
export interface DirectSink {
  render: (event: object) => string | Promise<string>;
  send: (payload: string) => void;
}

/** Set on a subscription's context by the WebSocket transport: how its results are written without graphql-ws. */
export interface SocketDelivery {
  /** Writes a `next` message with this payload JSON for this subscription. */
  send: (payload: string) => void;
  /** What graphql-ws's onNext would make of the result (errors masked as over HTTP). */
  format: (result: ExecutionResult) => ExecutionResult | FormattedExecutionResult;
}

/**
 * Offers an event to every subscriber of a topic, then writes the directly delivered ones once their shared
 * payloads are rendered; resolves when all are written, so the next event cannot overtake this one.
 */
export async function deliverToAll<T>(inboxes: Iterable<Inbox<T>>, value: T, logger: Logger): Promise<void> {
  const direct: Inbox<T>[] = [];
  const payloads: (string | Promise<string>)[] = [];
  const pending = new Set<Promise<string>>();
  for (const inbox of inboxes) {
    const payload = offered(inbox, value, logger);
    if (payload === null) continue;
    direct.push(inbox);
    payloads.push(payload);
    if (typeof payload !== 'string') pending.add(payload);
  }
  if (direct.length === 0) return;
  const rendered = new Map<Promise<string>, string | null>();
  await Promise.all(
    [...pending].map(async (payload) => {
      try {
        rendered.set(payload, await payload);
      } catch (error) {
        logger.error({ err: error }, 'a live event could not be rendered');
        rendered.set(payload, null);
      }
    }),
  );
  for (let i = 0; i < direct.length; i++) {
    const payload = payloads[i]!;
    const text = typeof payload === 'string' ? payload : rendered.get(payload);
    // Its stream counted the event as sent: without a payload the subscription ends, and the client resumes from its cursor.
    if (text === null || text === undefined) void direct[i]!.return();
    else direct[i]!.send(text);
  }
}

/** A stream's checks that throw end that one subscription, not the topic's delivery to everyone. */
function offered<T>(inbox: Inbox<T>, value: T, logger: Logger): string | Promise<string> | null {
  try {
    return inbox.offer(value);
  } catch (error) {
    logger.error({ err: error }, 'a live event could not be offered');
    void inbox.return();
    return null;
  }
}

import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/**
 * Network-wide topics and their payloads: plain JSON with ids and small facts, never entities. Features add
 * their own by declaration merging (see a feature's `*.live.ts`), so core names none of them.
 */
export interface Topics {
  /** Every process closes its sockets of these sessions. */
  SESSIONS_REVOKED: { sessionIds: string[] };
}

/**
 * Topic families: one channel per id (`thread:<id>`, `meeting:<id>`, `user:<id>`), so a process only hears
 * the things its subscribers watch. Features add families by declaration merging, like `Topics`.
 */
export interface TopicFamilies {
  /** Something about one account changed that its open sockets must re-read (rights, two-factor, status). */
  user: UserEvent;
}

/** The kinds of `user:<id>` events; features add kinds by merging into this interface. */
export interface UserEvents {
  ACCOUNT_CHANGED: Record<never, never>;
}
export type UserEvent = { [K in keyof UserEvents]: { kind: K } & UserEvents[K] }[keyof UserEvents];

/** One id's channel of a family; the payload type travels with it (`__payload` exists only for the compiler). */
export interface Channel<P> {
  readonly name: string;
  readonly __payload?: P;
}

/** The channel of one id in a family: `topic('thread', id)`. */
export function topic<F extends keyof TopicFamilies>(family: F, id: string): Channel<TopicFamilies[F]> {
  return { name: `${family}:${id}` };
}

/** A network-wide topic by name, or one id's channel of a family. */
export type TopicRef<P> = Channel<P> | { [T in keyof Topics]: Topics[T] extends P ? T : never }[keyof Topics];

export interface EventBus {
  publish<T extends keyof Topics>(topic: T, payload: Topics[T]): void;
  publish<P>(channel: Channel<P>, payload: P): void;
  /**
   * Publishes and resolves once the event has left this process (Redis acknowledged it; at once in-process);
   * rejects when it could not, so the outbox keeps the event for its fallback instead of losing it.
   */
  publishConfirmed: (channel: Channel<unknown>, payload: unknown) => Promise<void>;
  subscribe<T extends keyof Topics>(topic: T, signal?: AbortSignal): AsyncIterable<Topics[T]>;
  subscribe<P>(channel: TopicRef<P>, signal?: AbortSignal): AsyncIterable<P>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Unset: in-process delivery (one server). Set: Redis pub/sub, so N servers share events. */
  redisUrl: string | null;
  /** Keeps environments (and test runs) sharing one Redis apart. */
  channelPrefix: string;
}

export function channelName(ref: string | Channel<unknown>): string {
  return typeof ref === 'string' ? ref : ref.name;
}

export function createEventBus({ redisUrl, channelPrefix }: EventBusOptions): EventBus {
  const clients = redisUrl ? [new Redis(redisUrl, { lazyConnect: false }), new Redis(redisUrl, { lazyConnect: false })] : [];
  const [publishClient, subscribeClient] = clients;
  const pubsub = createPubSub<Record<string, [unknown]>>(
    publishClient && subscribeClient ? { eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) } : {},
  );
  const channel = (ref: string | Channel<unknown>) => `${channelPrefix}:${channelName(ref)}`;
  return {
    publish: (ref: string | Channel<unknown>, payload: unknown) => pubsub.publish(channel(ref), payload),
    // What the Redis event target's publish does, with the acknowledgement it drops.
    publishConfirmed: async (ref: Channel<unknown>, payload: unknown) => {
      if (publishClient) await publishClient.publish(channel(ref), JSON.stringify(payload));
      else pubsub.publish(channel(ref), payload);
    },
    subscribe: (ref: string | Channel<unknown>, signal?: AbortSignal) => {
      const iterator = pubsub.subscribe(channel(ref));
      signal?.addEventListener('abort', () => void iterator.return?.());
      return iterator;
    },
    close: async () => {
      await Promise.all(clients.map((client) => client.quit()));
    },
  } as EventBus;
}

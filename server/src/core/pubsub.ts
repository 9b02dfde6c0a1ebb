import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/**
 * Topics and their payloads: plain JSON with ids and small facts, never entities. Features add their own
 * topics by declaration merging (see a feature's `*.live.ts`), so core names none of them.
 */
export interface Topics {
  /** Every process closes its sockets of these sessions. */
  SESSIONS_REVOKED: { sessionIds: string[] };
}

export interface EventBus {
  publish<T extends keyof Topics>(topic: T, payload: Topics[T]): void;
  subscribe<T extends keyof Topics>(topic: T, signal?: AbortSignal): AsyncIterable<Topics[T]>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Unset: in-process delivery (one server). Set: Redis pub/sub, so N servers share events. */
  redisUrl: string | null;
  /** Keeps environments (and test runs) sharing one Redis apart. */
  channelPrefix: string;
}

export function createEventBus({ redisUrl, channelPrefix }: EventBusOptions): EventBus {
  const clients = redisUrl ? [new Redis(redisUrl, { lazyConnect: false }), new Redis(redisUrl, { lazyConnect: false })] : [];
  const [publishClient, subscribeClient] = clients;
  const pubsub = createPubSub<Record<string, [unknown]>>(
    publishClient && subscribeClient ? { eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) } : {},
  );
  const channel = (topic: string) => `${channelPrefix}:${topic}`;
  return {
    publish: (topic, payload) => pubsub.publish(channel(topic), payload),
    subscribe: <T extends keyof Topics>(topic: T, signal?: AbortSignal) => {
      const iterator = pubsub.subscribe(channel(topic)) as AsyncIterableIterator<Topics[T]>;
      signal?.addEventListener('abort', () => void iterator.return?.());
      return iterator;
    },
    close: async () => {
      await Promise.all(clients.map((client) => client.quit()));
    },
  };
}

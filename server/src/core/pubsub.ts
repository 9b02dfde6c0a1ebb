import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** Topics and their payloads: plain JSON with ids and small facts, never entities. */
export interface Topics {
  NETWORK_ACTIVITY: { activityId: string };
}

export interface EventBus {
  publish<T extends keyof Topics>(topic: T, payload: Topics[T]): void;
  subscribe<T extends keyof Topics>(topic: T): AsyncIterable<Topics[T]>;
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
    subscribe: <T extends keyof Topics>(topic: T) => pubsub.subscribe(channel(topic)) as AsyncIterable<Topics[T]>,
    close: async () => {
      await Promise.all(clients.map((client) => client.quit()));
    },
  };
}

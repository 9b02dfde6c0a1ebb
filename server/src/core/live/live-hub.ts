import type { Logger } from 'pino';
import type { Em, Orm } from '../../db/orm.js';
import { createLoaders, type LoaderFactory, type Loaders } from '../loaders.js';
import { channelName, type EventBus, type TopicRef } from '../pubsub.js';
import { deliverToAll } from './direct-delivery.js';
import { createInbox, type Inbox } from './inbox.js';

/** The unit of work of one event: a fresh identity map and fresh loaders, shared by every local subscriber. */
export interface EventScope {
  em: Em;
  loaders: Loaders;
}

/** What a subscriber is handed: the event's value, resolved once on this process, and the scope it was read in. */
export interface LiveEvent<T> {
  value: T;
  scope: EventScope;
}

/**
 * How a topic's payload (ids and small facts) becomes the value every subscriber shares: read once per event
 * and process, never per subscriber. Returns null when there is nothing to send (the row is gone).
 */
export interface LiveFeed<P, T> {
  name: string;
  resolve(payload: P, scope: EventScope): Promise<T | null>;
}

export function defineLiveFeed<P, T>(name: string, resolve: LiveFeed<P, T>['resolve']): LiveFeed<P, T> {
  return { name, resolve };
}

export interface LiveHub {
  /**
   * The feed's values on one topic, from now on. Subscribers of the same feed and topic share one upstream
   * subscription and one resolution per event; each then applies its own (SQL-free) visibility rule.
   */
  subscribe<P, T>(topic: TopicRef<P>, feed: LiveFeed<P, T>): Inbox<LiveEvent<T>>;
  /** A fresh scope for reads outside an event (a reconnecting subscriber's catch-up). */
  scope(): EventScope;
  /** Upstream subscriptions open on this process (tests check none is left behind). */
  readonly size: number;
  /** Local subscribers across all of them. */
  readonly subscribers: number;
}

interface Group {
  inboxes: Set<Inbox<LiveEvent<unknown>>>;
  abort: AbortController;
}

export function createLiveHub(options: { events: EventBus; orm: Orm; loaderFactories: readonly LoaderFactory[]; logger: Logger }): LiveHub {
  const { events, orm, loaderFactories, logger } = options;
  const groups = new Map<string, Group>();
  const scope = (): EventScope => {
    const em = orm.em.fork();
    return { em, loaders: createLoaders(em, loaderFactories) };
  };

  function start<P, T>(key: string, topic: TopicRef<P>, feed: LiveFeed<P, T>): Group {
    const group: Group = { inboxes: new Set(), abort: new AbortController() };
    groups.set(key, group);
    void (async () => {
      // One event at a time, so every subscriber receives them in the order they were published.
      for await (const payload of events.subscribe(topic, group.abort.signal)) {
        const shared = scope();
        let value: T | null;
        try {
          value = await feed.resolve(payload, shared);
        } catch (error) {
          logger.error({ err: error, feed: feed.name }, 'a live event could not be resolved');
          continue;
        }
        if (value === null) continue;
        await deliverToAll(group.inboxes, { value, scope: shared }, logger);
      }
    })();
    return group;
  }

  return {
    subscribe<P, T>(topic: TopicRef<P>, feed: LiveFeed<P, T>) {
      const key = `${feed.name}\u0000${channelName(topic)}`;
      const group = groups.get(key) ?? start(key, topic, feed);
      const inbox: Inbox<LiveEvent<unknown>> = createInbox(() => {
        group.inboxes.delete(inbox);
        if (group.inboxes.size > 0) return;
        group.abort.abort();
        groups.delete(key);
      });
      group.inboxes.add(inbox);
      return inbox as Inbox<LiveEvent<T>>;
    },
    scope,
    get size() {
      return groups.size;
    },
    get subscribers() {
      return [...groups.values()].reduce((sum, group) => sum + group.inboxes.size, 0);
    },
  };
}

/**
 * Field resolvers under a live event read through the event's scope: fresh for this event (nothing stale from
 * earlier ones) and shared by every local subscriber, so a nested batch runs once per event, not once per
 * subscriber. A subscription keeps one context and executes its events one after another, so switching is safe.
 */
export function enterEventScope(context: EventScope, scope: EventScope): void {
  context.em = scope.em;
  context.loaders = scope.loaders;
}

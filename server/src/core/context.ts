import type { Logger } from 'pino';
import type { Em, Orm } from '../db/orm.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { EventBus } from './pubsub.js';
import type { Viewer } from './auth.js';

/** Long-lived things every operation may use; built once at boot. */
export interface AppServices {
  orm: Orm;
  events: EventBus;
  logger: Logger;
}

/** One per operation (HTTP request or WebSocket subscribe): its own identity map and loaders. */
export interface Context {
  em: Em;
  viewer: Viewer;
  loaders: Loaders;
  events: EventBus;
  logger: Logger;
  /** A new fork for work that must not see this operation's identity map (subscription events). */
  freshEm: () => Em;
}

export function createContext(services: AppServices, viewer: Viewer, logger: Logger = services.logger): Context {
  const em = services.orm.em.fork();
  return {
    em,
    viewer,
    loaders: createLoaders(em),
    events: services.events,
    logger,
    freshEm: () => services.orm.em.fork(),
  };
}

import type { Logger } from 'pino';
import type { Em, Orm } from '../db/orm.js';
import { ANONYMOUS, type Viewer } from './auth.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createLoaders, type LoaderFactory, type Loaders } from './loaders.js';
import type { LiveHub } from './live/live-hub.js';
import type { Outbox } from './outbox/outbox.js';
import type { EventBus } from './pubsub.js';
import type { RateLimits } from './rate-limit.js';
import type { Subjects } from './subjects.js';

/** Long-lived things every operation may use; built once at boot. */
export interface AppServices {
  config: Config;
  orm: Orm;
  events: EventBus;
  /** Live events resolved once per event and process, shared by the local subscribers. */
  live: LiveHub;
  logger: Logger;
  limits: RateLimits;
  /** The features' DataLoader factories (from their manifests), run once per operation. */
  loaderFactories: readonly LoaderFactory[];
  clock: Clock;
  /** Takes the effects of committed commands to the job runner. */
  outbox: Outbox;
  /** The features' subject sources (from their manifests): other features' things as a reader may see them. */
  subjects: Subjects;
}

/** What the transport knows about the caller. Sign-in can set a cookie over HTTP only. */
export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  setCookie: ((header: string) => void) | null;
}

/** One per operation (HTTP request or WebSocket subscribe): its own identity map and loaders. */
export interface Context {
  em: Em;
  viewer: Viewer;
  loaders: Loaders;
  services: AppServices;
  events: EventBus;
  logger: Logger;
  request: RequestInfo;
  /** A new fork for work that must not see this operation's identity map (subscription events). */
  freshEm: () => Em;
}

export const NO_REQUEST: RequestInfo = { ip: null, userAgent: null, setCookie: null };

/**
 * The fork and the loaders are made on first use: a request answered from read models and the session's
 * columns (`{ viewer }`, an anonymous organisation list) needs neither.
 */
export function createContext(
  services: AppServices,
  options: { viewer?: Viewer; request?: RequestInfo; logger?: Logger; em?: () => Em } = {},
): Context {
  let em: Em | undefined;
  let loaders: Loaders | undefined;
  const forkOnce = () => (em ??= options.em ? options.em() : services.orm.em.fork());
  return {
    get em() {
      return forkOnce();
    },
    // A live event switches a subscription's context to the event's own scope (core/live/live-hub.ts).
    set em(value) {
      em = value;
    },
    viewer: options.viewer ?? ANONYMOUS,
    get loaders() {
      return (loaders ??= createLoaders(forkOnce(), services.loaderFactories));
    },
    set loaders(value) {
      loaders = value;
    },
    services,
    events: services.events,
    logger: options.logger ?? services.logger,
    request: options.request ?? NO_REQUEST,
    freshEm: () => services.orm.em.fork(),
  };
}

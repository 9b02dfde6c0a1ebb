import type { Logger } from 'pino';
import type { Em, Orm } from '../db/orm.js';
import { ANONYMOUS, type Viewer } from './auth.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createLoaders, type LoaderFactory, type Loaders } from './loaders.js';
import type { SocketDelivery } from './live/direct-delivery.js';
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
  /** A subscription over a WebSocket: how its live events are written without graphql-ws (live/direct-delivery.ts). */
  delivery?: SocketDelivery;
}

export const NO_REQUEST: RequestInfo = { ip: null, userAgent: null, setCookie: null };

/** Made on first use and shared by every copy of one operation's context. */
interface LazyParts {
  fork: () => Em;
  em?: Em;
  loaders?: Loaders;
  makeLogger: () => Logger;
  logger?: Logger;
}

/**
 * The fork and the loaders are made on first use: a request answered from read models and the session's
 * columns (`{ viewer }`, an anonymous organisation list) needs neither. Apollo copies the context of every
 * operation (`Object.assign` onto an object of the same prototype), which reads every own property: the lazy
 * parts are therefore getters on the prototype, over state the copies share, so copying builds nothing.
 */
class OperationContext implements Context {
  readonly events: EventBus;
  readonly freshEm: () => Em;
  private readonly lazy: LazyParts;

  constructor(
    readonly services: AppServices,
    public viewer: Viewer,
    makeLogger: () => Logger,
    readonly request: RequestInfo,
    fork: () => Em,
  ) {
    this.events = services.events;
    this.freshEm = () => services.orm.em.fork();
    this.lazy = { fork, makeLogger };
  }

  /** An HTTP request's logger is a child with its id, made only when an operation logs something. */
  get logger(): Logger {
    return (this.lazy.logger ??= this.lazy.makeLogger());
  }

  get em(): Em {
    return (this.lazy.em ??= this.lazy.fork());
  }

  // A live event switches a subscription's context to the event's own scope (core/live/live-hub.ts).
  set em(value: Em) {
    this.lazy.em = value;
  }

  get loaders(): Loaders {
    return (this.lazy.loaders ??= createLoaders(this.em, this.services.loaderFactories));
  }

  set loaders(value: Loaders) {
    this.lazy.loaders = value;
  }
}

export function createContext(
  services: AppServices,
  options: { viewer?: Viewer; request?: RequestInfo; logger?: Logger | (() => Logger); em?: () => Em } = {},
): Context {
  const { logger = services.logger } = options;
  return new OperationContext(
    services,
    options.viewer ?? ANONYMOUS,
    typeof logger === 'function' ? logger : () => logger,
    options.request ?? NO_REQUEST,
    options.em ?? (() => services.orm.em.fork()),
  );
}

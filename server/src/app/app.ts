import type { Logger } from 'pino';
import { ENTITIES } from './entities.js';
import { FEATURES } from './features.js';
import { createOrm, migrate, type DatabaseTarget, type Orm } from '../db/orm.js';
import { upsertReferenceData } from '../db/seed/reference-data.js';
import type { Config } from '../core/config.js';
import { createMailer } from '../features/mail/mailer.js';
import type { AppServices } from '../core/context.js';
import { systemClock } from '../core/clock.js';
import { startEffects } from './effects.js';
import { startHttpServer } from './http.js';
import { createRateLimits } from '../core/rate-limit.js';
import { createEventBus } from '../core/pubsub.js';
import { createLiveHub } from '../core/live/live-hub.js';
import { collectSubjects, type SubjectSource } from '../core/subjects.js';
import { buildSchema } from './schema.js';
import type { WorkerState } from '../core/jobs/job-runner.js';

export interface StartOptions {
  logger: Logger;
  /** Tests restore a migrated PGlite snapshot instead of migrating again. */
  database?: DatabaseTarget;
  /** Called after migrations, before the server accepts requests (the demo seed). */
  prepare?: (orm: Orm) => Promise<void>;
  onQuery?: (sql: string) => void;
  /** Tests: store effects and deliver none, as if the process died after each commit. */
  pauseEffects?: boolean;
  /** Tests: look for due schedules this often (pg-boss's default is 30 s). */
  cronMonitorIntervalSeconds?: number;
  /** Tests: subject sources besides the features' (a notification test's own small source). */
  subjects?: readonly SubjectSource[];
}

export interface App {
  url: string;
  orm: Orm;
  services: AppServices;
  /** What this process's job workers are doing: for diagnostics, e.g. a test's drain that times out. */
  jobWorkers: () => WorkerState[];
  close: () => Promise<void>;
}

/** config → ORM (migrated, reference data present) → event bus → job runner and outbox → live hub → HTTP + WebSocket. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { logger } = options;
  const orm = await createOrm(options.database ?? config, { entities: ENTITIES, logger, onQuery: options.onQuery });
  const applied = await migrate(orm);
  if (applied > 0) logger.info({ applied }, 'database migrated');
  await upsertReferenceData(orm.em.fork());
  await options.prepare?.(orm);
  const events = createEventBus({ redisUrl: config.redisUrl, channelPrefix: config.redisChannelPrefix });
  const limits = createRateLimits({
    redisUrl: config.redisUrl,
    prefix: config.redisChannelPrefix,
    slowDownMaxSeconds: config.signInDelayMaxSeconds,
  });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, orm, logger, printLinks: config.logMailLinks });
  const loaderFactories = FEATURES.flatMap((feature) => (feature.loaders ? [feature.loaders] : []));
  const clock = systemClock;
  const subjects = collectSubjects([...FEATURES.flatMap((feature) => feature.subjects ?? []), ...(options.subjects ?? [])]);
  const effects = await startEffects({
    config,
    orm,
    logger,
    clock,
    events,
    mailer,
    subjects,
    jobs: FEATURES.flatMap((feature) => feature.jobs ?? []),
    workers: FEATURES.flatMap((feature) => feature.workers ?? []),
    paused: options.pauseEffects,
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds,
  });
  const live = createLiveHub({ events, orm, loaderFactories, logger });
  const services: AppServices = { config, orm, events, live, logger, limits, clock, outbox: effects.outbox, loaderFactories, subjects };
  const server = await startHttpServer(services, await buildSchema());
  return {
    url: server.url,
    orm,
    services,
    jobWorkers: () => effects.runner.workers(),
    close: async () => {
      await server.close();
      // Running jobs finish before the event bus and the ORM they use close.
      await effects.stop();
      await Promise.all([events.close(), limits.close()]);
      await orm.close();
    },
  };
}

import type { Logger } from 'pino';
import { ANONYMOUS } from '../core/auth.js';
import type { Clock } from '../core/clock.js';
import type { Config } from '../core/config.js';
import { jobDatabase } from '../core/jobs/job-database.js';
import { startJobRunner, type JobRunner } from '../core/jobs/job-runner.js';
import type { QueueWorker } from '../core/jobs/queue-worker.js';
import type { ScheduledJob } from '../core/jobs/scheduled-job.js';
import { startScheduledJobs } from '../core/jobs/scheduled-jobs.js';
import { createOutbox, DELIVER_QUEUE, type Outbox } from '../core/outbox/outbox.js';
import { outboxJobs } from '../core/outbox/outbox.jobs.js';
import type { CommandDeps } from '../core/outbox/unit-of-work.js';
import type { EventBus } from '../core/pubsub.js';
import type { Subjects } from '../core/subjects.js';
import { BACKGROUND_QUERIES, type Orm } from '../db/orm.js';
import type { Mailer } from '../features/mail/mailer.js';

export interface EffectsOptions {
  config: Config;
  orm: Orm;
  logger: Logger;
  clock: Clock;
  events: EventBus;
  mailer: Mailer;
  subjects: Subjects;
  /** The features' scheduled work (expiries, later digests and reminders). */
  jobs: readonly ScheduledJob[];
  /** The features' queue workers (work their commands enqueue). */
  workers: readonly QueueWorker[];
  /** Tests: store effects and deliver none (a process that dies after each commit). */
  paused?: boolean;
  cronMonitorIntervalSeconds?: number;
}

export interface Effects {
  runner: JobRunner;
  outbox: Outbox;
  /** Stops the runner (waiting for running jobs); call before the ORM and the event bus close. */
  stop(): Promise<void>;
}

/**
 * The job runner and the outbox: effects of committed commands are delivered by workers in every process,
 * scheduled jobs run once per occurrence across processes, and what a crash left undelivered goes out now.
 */
export async function startEffects(options: EffectsOptions): Promise<Effects> {
  const { orm, logger, events, mailer } = options;
  const runner = await startJobRunner({
    database: await jobDatabase(orm),
    logger,
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds,
  });
  const outbox = createOutbox({
    orm,
    runner,
    logger,
    paused: options.paused,
    handlers: {
      // The stored name is a network-wide topic or one id's channel; both travel as a channel name.
      event: ({ topic, payload }) => events.publishConfirmed({ name: topic }, payload),
      job: ({ queue, data }, key) => runner.send(queue, [{ key, data }]),
      mail: (mail, key) => mailer.send(mail, key),
    },
  });
  const deps = (): CommandDeps => ({
    em: orm.em.fork({ loggerContext: BACKGROUND_QUERIES }),
    actor: ANONYMOUS,
    clock: options.clock,
    config: options.config,
    outbox,
    subjects: options.subjects,
  });
  if (!options.paused) {
    await runner.work(DELIVER_QUEUE, async (data) => void (await outbox.deliver(String(data.effectId))), { concurrency: 4 });
    for (const worker of options.workers) {
      await runner.work(worker.queue, (data) => worker.run(data, deps()), { concurrency: worker.concurrency });
    }
    await startScheduledJobs(runner, [...outboxJobs(outbox), ...options.jobs], deps, logger);
    await outbox.sweep();
  }
  return { runner, outbox, stop: () => runner.stop() };
}

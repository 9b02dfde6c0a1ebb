import { PgBoss, type ConstructorOptions, type Queue } from 'pg-boss';
import type { Logger } from 'pino';

/** Queues are per purpose; a job waits for a worker in any process, and a failed one is retried with backoff. */
const QUEUE_DEFAULTS: Omit<Queue, 'name'> = {
  // One job per key queued or running: sending a key again while it waits is a no-op.
  policy: 'exclusive',
  notify: true,
  retryLimit: 10,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 300,
  deleteAfterSeconds: 24 * 60 * 60,
};

export interface JobRunnerOptions {
  /** Where the queues live: see jobDatabase(). */
  database: ConstructorOptions;
  logger: Logger;
  /** How often each process looks for due schedules; tests shorten it. */
  cronMonitorIntervalSeconds?: number;
}

export interface JobRunner {
  /** Creates the queue (if new) and works its jobs in this process, `concurrency` at a time. */
  work(queue: string, handler: (data: Record<string, unknown>) => Promise<void>, options?: { concurrency?: number }): Promise<void>;
  /** Queues jobs; a key already waiting or running on that queue is skipped. */
  send(queue: string, jobs: { key: string; data: Record<string, unknown> }[]): Promise<void>;
  /** Sends a job to `queue` at each occurrence of `cron` (UTC): one job per occurrence across all processes. */
  schedule(queue: string, cron: string): Promise<void>;
  /** What each worker of this process is doing (for diagnostics: a job that waits too long). */
  workers(): WorkerState[];
  /** Stops taking jobs, waits for running ones (up to a deadline); the database stays open for the caller. */
  stop(): Promise<void>;
}

export interface WorkerState {
  queue: string;
  state: string;
  /** Jobs its handler is running now. */
  running: number;
  lastFetchedAt: Date | null;
  lastError: string | null;
}

/** pg-boss 12 over PostgreSQL or PGlite: it installs and migrates its own schema (`pgboss`) on start. */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { logger } = options;
  const boss = new PgBoss({
    ...options.database,
    schema: 'pgboss',
    useListenNotify: true,
    registerInstance: false,
    ...(options.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds } : {}),
  });
  // An unhandled 'error' event would end the process; pg-boss reports and carries on.
  boss.on('error', (error: Error) => logger.error({ err: error }, 'job runner error'));
  boss.on('warning', (warning: { message: string }) => logger.warn({ warning: warning.message }, 'job runner warning'));
  await boss.start();
  const queues = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (queues.has(name)) return;
    await boss.createQueue(name, QUEUE_DEFAULTS);
    queues.add(name);
  };
  return {
    work: async (queue, handler, workOptions = {}) => {
      await ensureQueue(queue);
      await boss.work<Record<string, unknown>>(
        queue,
        {
          batchSize: 1,
          localConcurrency: workOptions.concurrency ?? 1,
          pollingIntervalSeconds: 2,
          // A NOTIFY only wakes a worker early; with it on, pg-boss polls every 30 s unless told otherwise. Nothing
          // announces a retry whose backoff has ended, nor makes up for a lost wake-up: each waited up to 30 s.
          notifyPollingIntervalSeconds: 2,
        },
        async ([job]) => {
          if (job) await handler(job.data);
        },
      );
    },
    send: async (queue, jobs) => {
      if (jobs.length === 0) return;
      await ensureQueue(queue);
      await boss.insert(
        queue,
        jobs.map((job) => ({ data: job.data, singletonKey: job.key })),
      );
    },
    schedule: async (queue, cron) => {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, null, { tz: 'UTC' });
    },
    workers: () =>
      boss.getWipData().map((worker) => ({
        queue: worker.name,
        state: worker.state,
        running: worker.count,
        lastFetchedAt: worker.lastFetchedOn ? new Date(worker.lastFetchedOn) : null,
        lastError:
          worker.lastError instanceof Error ? worker.lastError.message : worker.lastError ? JSON.stringify(worker.lastError) : null,
      })),
    stop: () => boss.stop({ graceful: true, timeout: 10_000, close: true }),
  };
}

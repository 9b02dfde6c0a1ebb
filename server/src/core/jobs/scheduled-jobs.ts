import type { Logger } from 'pino';
import type { CommandDeps } from '../outbox/unit-of-work.js';
import type { JobRunner } from './job-runner.js';
import type { ScheduledJob } from './scheduled-job.js';

/** Works and schedules each job; `deps()` gives each run a fresh entity manager. */
export async function startScheduledJobs(runner: JobRunner, jobs: ScheduledJob[], deps: () => CommandDeps, logger: Logger): Promise<void> {
  for (const job of jobs) {
    await runner.work(job.name, async () => {
      const started = Date.now();
      await job.run(deps());
      logger.debug({ job: job.name, ms: Date.now() - started }, 'scheduled job done');
    });
    await runner.schedule(job.name, job.cron);
  }
}

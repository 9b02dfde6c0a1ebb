import type { ScheduledJob } from '../jobs/scheduled-job.js';
import { OutboxEffect } from './outbox-effect.entity.js';
import type { Outbox } from './outbox.js';

/** Delivered effects are kept a week for looking into what went out, then removed. */
const KEEP_DELIVERED_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function outboxJobs(outbox: Outbox): ScheduledJob[] {
  return [
    // Effects are queued right after their commit; this catches the ones a crash or a failed queueing left.
    { name: 'outbox.sweep', cron: '* * * * *', run: () => outbox.sweep().then(() => undefined) },
    {
      name: 'outbox.prune',
      cron: '41 3 * * *',
      run: async ({ em, clock }) => {
        await em.nativeDelete(OutboxEffect, { deliveredAt: { $lt: new Date(clock.now().getTime() - KEEP_DELIVERED_DAYS * DAY_MS) } });
      },
    },
  ];
}

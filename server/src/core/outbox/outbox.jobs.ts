import type { ScheduledJob } from '../jobs/scheduled-job.js';
import type { Outbox } from './outbox.js';

/** Delivered effects are kept a week for looking into what went out, then removed. */
const KEEP_DELIVERED_DAYS = 7;

export function outboxJobs(outbox: Outbox): ScheduledJob[] {
  return [
    // Effects are queued right after their commit; this catches the ones a crash or a failed queueing left.
    { name: 'outbox.sweep', cron: '* * * * *', run: () => outbox.sweep().then(() => undefined) },
    {
      name: 'outbox.prune',
      cron: '41 3 * * *',
      run: async ({ em }) => {
        await em.execute(`delete from outbox_effect where delivered_at < now() - make_interval(days => ?)`, [KEEP_DELIVERED_DAYS]);
      },
    },
  ];
}

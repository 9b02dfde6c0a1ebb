import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { ExportTicket } from './export-ticket.entity.js';

/** Export tickets live 60 seconds; the ones left behind are removed hourly. */
export const exportTicketExpiry: ScheduledJob = {
  name: 'export-ticket.expiry',
  cron: '27 * * * *',
  run: async ({ em, clock }) => {
    await em.nativeDelete(ExportTicket, { expiresAt: { $lte: clock.now() } });
  },
};

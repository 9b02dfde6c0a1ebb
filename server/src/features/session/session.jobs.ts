import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { SESSION_IDLE_MS } from './session-cookie.js';
import { Session } from './session.entity.js';

/** Sessions that can never sign anyone in again (revoked, past their absolute or idle expiry) are removed hourly. */
export const sessionExpiry: ScheduledJob = {
  name: 'session.expiry',
  cron: '7 * * * *',
  run: async ({ em, clock }) => {
    const now = clock.now();
    await em.nativeDelete(Session, {
      $or: [{ revokedAt: { $ne: null } }, { expiresAt: { $lte: now } }, { lastSeenAt: { $lt: new Date(now.getTime() - SESSION_IDLE_MS) } }],
    });
  },
};

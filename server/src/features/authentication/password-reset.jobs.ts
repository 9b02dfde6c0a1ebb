import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { PasswordReset } from './password-reset.entity.js';

/** Used and expired reset links are removed hourly (a new request also clears them, but not everyone asks again). */
export const passwordResetExpiry: ScheduledJob = {
  name: 'password-reset.expiry',
  cron: '17 * * * *',
  run: async ({ em, clock }) => {
    await em.nativeDelete(PasswordReset, { $or: [{ usedAt: { $ne: null } }, { expiresAt: { $lte: clock.now() } }] });
  },
};

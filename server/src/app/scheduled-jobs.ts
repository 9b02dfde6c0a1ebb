import type { ScheduledJob } from '../core/jobs/scheduled-job.js';
import { passwordResetExpiry } from '../features/account/password-reset.jobs.js';
import { exportTicketExpiry } from '../features/export/export-ticket.jobs.js';
import { sessionExpiry } from '../features/session/session.jobs.js';

/** The features' scheduled work; with feature manifests, each manifest lists its own. */
export const SCHEDULED_JOBS: ScheduledJob[] = [sessionExpiry, passwordResetExpiry, exportTicketExpiry];

import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';

/**
 * Removes what uploads left behind: receipts never redeemed within a day, blobs a crash left half-written, and
 * blobs neither a resource nor a receipt holds any more.
 */
export const resourceUploadSweep: ScheduledJob = {
  name: 'resource.upload-sweep',
  cron: '17 * * * *',
  async run({ em }) {
    await em.execute(`delete from resource_upload where created_at < now() - interval '1 day'`);
    await em.execute(
      `delete from resource_blob b where b.created_at < now() - interval '1 hour'
         and not exists (select 1 from resource r where r.blob_id = b.id)
         and not exists (select 1 from resource_upload u where u.blob_id = b.id)`,
    );
  },
};

import type { QueueWorker } from '../../core/jobs/queue-worker.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { notify, type NotificationKind } from '../notification/notify.js';

export const MEETING_NOTICES = 'meeting.notices';

export type MeetingNoticeKind = Extract<NotificationKind, `MEETING_${string}`>;

interface NoticeJob {
  meetingId: string;
  kind: MeetingNoticeKind;
  /** Members to tell; omitted: everyone invited who has not declined, and the hosts. */
  userIds?: string[];
  /** Makes the notices of one occurrence unique (a retried job tells nobody twice, a second change tells again). */
  stamp: string;
  actorId: string | null;
}

/** Queued by the meeting's commands after their commit; one job per occurrence. */
export function enqueueMeetingNotices(uow: UnitOfWork, job: NoticeJob): void {
  uow.enqueue(MEETING_NOTICES, { ...job }, `meeting-notices:${job.meetingId}:${job.kind}:${job.stamp}`);
}

/**
 * In-app notifications about a meeting, for active members only (suspended and deleted accounts are skipped by
 * the SQL). Idempotent: keyed per meeting, kind, occurrence and member.
 */
export const meetingNoticesWorker: QueueWorker = {
  queue: MEETING_NOTICES,
  run: async (data, deps) =>
    runCommand(deps, async (uow) => {
      const job = data as unknown as NoticeJob;
      const audience = job.userIds
        ? `select u.id::text as id from app_user u where u.id = any(?::uuid[])`
        : `select p.user_id::text as id from meeting_participant p join app_user u on u.id = p.user_id
             where p.meeting_id = ?::uuid and p.status <> 'DECLINED'
           union select h.user_id::text from meeting_host h join app_user u on u.id = h.user_id where h.meeting_id = ?::uuid`;
      const rows = await uow.em.execute<{ id: string }[]>(
        `select a.id from (${audience}) a join app_user u on u.id = a.id::uuid where u.status = 'ACTIVE' and u.deleted_at is null`,
        job.userIds ? [`{${job.userIds.join(',')}}`] : [job.meetingId, job.meetingId],
      );
      await notify(
        uow,
        rows.map(({ id }) => ({
          recipientId: id,
          kind: job.kind,
          subject: { type: 'meeting', id: job.meetingId },
          context: `meeting:${job.meetingId}`,
          actorId: job.actorId,
          key: `${job.kind}:${job.meetingId}:${job.stamp}:${id}`,
        })),
      );
    }),
};

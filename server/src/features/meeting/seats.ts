import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { recordMeetingEvent } from './meeting-events.js';
import { enqueueMeetingNotices } from './meeting-notices.worker.js';

/** Accepted participants of a meeting (the meeting row is locked by the caller, so the count holds). */
export async function acceptedCount(uow: UnitOfWork, meetingId: string): Promise<number> {
  const [row] = await uow.em.execute<{ n: number }[]>(
    `select count(*)::int as n from meeting_participant where meeting_id = ? and status = 'ACCEPTED'`,
    [meetingId],
  );
  return row!.n;
}

/**
 * Gives free seats to the longest waiting, in the order they said yes, and tells each of them. Called after
 * anything that can free a seat: a NO or MAYBE from an accepted participant, a higher capacity.
 */
export async function fillFreedSeats(uow: UnitOfWork, meetingId: string, capacity: number | null): Promise<void> {
  const free = capacity === null ? null : capacity - (await acceptedCount(uow, meetingId));
  if (free !== null && free <= 0) return;
  const promoted = await uow.em.execute<{ user_id: string }[]>(
    `update meeting_participant set status = 'ACCEPTED', waiting_since = null
      where meeting_id = ? and user_id in (
        select user_id from meeting_participant where meeting_id = ? and status = 'WAITING'
         order by waiting_since, user_id ${free === null ? '' : 'limit ?'})
      returning user_id::text`,
    free === null ? [meetingId, meetingId] : [meetingId, meetingId, free],
  );
  for (const { user_id } of promoted) {
    const sequence = await recordMeetingEvent(uow, meetingId, 'PARTICIPANT_CHANGED', { userId: user_id, status: 'ACCEPTED' });
    enqueueMeetingNotices(uow, { meetingId, kind: 'MEETING_SEAT', userIds: [user_id], stamp: String(sequence), actorId: null });
  }
}

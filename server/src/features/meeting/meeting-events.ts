import { topic } from '../../core/pubsub.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';

/**
 * What happened in a meeting, in order. Planning records the first kinds; the live half (agenda, speakers,
 * polls, questions) adds its own to this interface.
 */
export interface MeetingEventKinds {
  STATUS_CHANGED: { status: string; reason?: string | null };
  DETAILS_CHANGED: { timesChanged: boolean };
  PARTICIPANT_CHANGED: { userId: string; status: string };
  PARTICIPANTS_INVITED: { count: number };
  DATE_POLL_CHANGED: { slotCount: number };
  HOST_CHANGED: { userId: string; isHost: boolean };
}
export type MeetingEventKind = keyof MeetingEventKinds;

/** The live signal of a meeting's channel: which meeting and up to which `sequence` its log now runs. */
export interface MeetingSignal {
  meetingId: string;
  sequence: number;
}

declare module '../../core/pubsub.js' {
  interface TopicFamilies {
    meeting: MeetingSignal;
  }
}

/**
 * Appends an event to the meeting's log with the next `sequence` (one per meeting, gap-free: the meeting row is
 * locked by the command) and signals the meeting's channel after the commit. Subscribers read the log after
 * their last sequence, so a reconnecting client resumes without loss or duplicates.
 */
export async function recordMeetingEvent<K extends MeetingEventKind>(
  uow: UnitOfWork,
  meetingId: string,
  kind: K,
  payload: MeetingEventKinds[K],
): Promise<number> {
  // One round trip: the meeting's counter moves and the event takes its value in the same statement.
  const [row] = await uow.em.execute<{ sequence: string }[]>(
    `with next as (update meeting set last_event_sequence = last_event_sequence + 1 where id = ? returning last_event_sequence)
     insert into meeting_event (meeting_id, sequence, kind, payload, created_at)
       select ?, last_event_sequence, ?, ?::jsonb, ? from next returning sequence`,
    [meetingId, meetingId, kind, JSON.stringify(payload), uow.now.toISOString()],
  );
  const sequence = Number(row!.sequence);
  uow.publish(topic('meeting', meetingId), { meetingId, sequence });
  return sequence;
}

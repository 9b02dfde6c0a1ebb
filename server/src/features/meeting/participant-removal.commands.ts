import { NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { recordMeetingEvent } from './meeting-events.js';
import { lockForHost } from './meeting-run.commands.js';
import { fillFreedSeats } from './seats.js';

/**
 * A host removes a participant (also mid-meeting): their raised hand is lowered, they are marked gone, their seat
 * goes to the first waiting. The PARTICIPANT_CHANGED (REMOVED) event is the last one they receive on an INVITED
 * meeting: the stream checks each subscriber's rights per event and ends theirs there.
 */
export async function removeMeetingParticipant(deps: CommandDeps, input: { meetingId: string; userId: string }): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, input.meetingId);
    const userId = parseUuid(input.userId, 'input.userId');
    const { em, now } = uow;
    const [removed] = await em.execute(`delete from meeting_participant where meeting_id = ? and user_id = ? returning user_id`, [
      access.id,
      userId,
    ]);
    if (!removed) throw new NotFound('The participant');
    await em.execute(
      `update meeting_speaker_request set status = 'LOWERED', finished_at = ? where meeting_id = ? and user_id = ? and status = 'WAITING'`,
      [now, access.id, userId],
    );
    await em.execute(
      `update meeting_speaker_request set status = 'DONE', finished_at = ? where meeting_id = ? and user_id = ? and status = 'SPEAKING'`,
      [now, access.id, userId],
    );
    await em.execute(`update meeting_attendance set left_at = ? where meeting_id = ? and user_id = ? and left_at is null`, [
      now,
      access.id,
      userId,
    ]);
    await recordMeetingEvent(uow, access.id, 'PARTICIPANT_CHANGED', { userId, status: 'REMOVED' });
    const [meeting] = await em.execute<{ capacity: number | null }[]>(`select capacity from meeting where id = ?`, [access.id]);
    await fillFreedSeats(uow, access.id, meeting!.capacity);
    await audit(em, { action: 'MEETING_PARTICIPANT_REMOVED', actorId: actor.userId, subjectType: 'meeting', subjectId: access.id });
    return access.id;
  });
}

import { Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import type { MeetingAccess } from './meeting-access.js';
import { recordMeetingEvent } from './meeting-events.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { meetingAbilities } from './meeting.policy.js';

/** The meeting locked for a host's live command (NOT_FOUND, CONFLICT when closed, FORBIDDEN for non-hosts). */
export async function lockForHost(uow: UnitOfWork, actor: MemberViewer, meetingId: string, field = 'meetingId'): Promise<MeetingAccess> {
  const access = await lockMeeting(uow.em, actor, parseUuid(meetingId, field));
  refuseClosed(access);
  meetingAbilities.authorize(actor, 'manage', access);
  return access;
}

/** Agenda, pointer, speakers and attendance move only while the meeting runs. */
export function requireLive(access: MeetingAccess): void {
  if (access.status !== 'LIVE') throw new Conflict(`The meeting is not live (it is ${access.status.toLowerCase()}): start it first`);
}

/**
 * DRAFT or SCHEDULED → LIVE, by a host. A DRAFT must have its date (it is scheduled in passing). Reminders still
 * due stay: a meeting started early is rare and they say the same thing.
 */
export async function startMeeting(deps: CommandDeps, meetingId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, meetingId, 'id');
    if (access.status === 'LIVE') return access.id;
    const [row] = await uow.em.execute<{ starts_at: Date | null }[]>(`select starts_at from meeting where id = ?`, [access.id]);
    if (!row?.starts_at) throw new Conflict('Set the meeting’s date (or pick a slot of its date poll) before starting it');
    await uow.em.execute(`update meeting set status = 'LIVE', went_live_at = coalesce(went_live_at, ?), version = version + 1 where id = ?`, [
      uow.now,
      access.id,
    ]);
    await recordMeetingEvent(uow, access.id, 'STATUS_CHANGED', { status: 'LIVE' });
    await audit(uow.em, { action: 'MEETING_STARTED', actorId: actor.userId, subjectType: 'meeting', subjectId: access.id });
    return access.id;
  });
}

/** LIVE → ENDED, by a host: the item under discussion and the current speaker are closed at this moment. */
export async function endMeeting(deps: CommandDeps, meetingId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, meetingId, 'id');
    requireLive(access);
    const { em, now } = uow;
    await em.execute(`update meeting_agenda_item set ended_at = ? where id = (select current_item_id from meeting where id = ?)`, [now, access.id]);
    await em.execute(`update meeting_speaker_request set status = 'DONE', finished_at = ? where meeting_id = ? and status = 'SPEAKING'`, [
      now,
      access.id,
    ]);
    await em.execute(`update meeting_speaker_request set status = 'LOWERED', finished_at = ? where meeting_id = ? and status = 'WAITING'`, [
      now,
      access.id,
    ]);
    await em.execute(`update meeting_attendance set left_at = ? where meeting_id = ? and left_at is null`, [now, access.id]);
    await em.execute(
      `update meeting set status = 'ENDED', ended_at = ?, current_item_id = null, current_item_started_at = null,
              current_item_extra_minutes = 0, version = version + 1 where id = ?`,
      [now, access.id],
    );
    await recordMeetingEvent(uow, access.id, 'STATUS_CHANGED', { status: 'ENDED' });
    await audit(em, { action: 'MEETING_ENDED', actorId: actor.userId, subjectType: 'meeting', subjectId: access.id });
    return access.id;
  });
}

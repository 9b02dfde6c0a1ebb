import type { MemberViewer } from '../../core/auth.js';
import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import type { MeetingAccess } from './meeting-access.js';
import { recordMeetingEvent } from './meeting-events.js';
import { personFacts } from './meeting-person.js';
import { meetingAbilities } from './meeting.policy.js';
import { lockForParticipant } from './speaker-queue.commands.js';

/** Whom a check-in or leave is for: oneself, or (for a host) another participant who has not declined. */
async function subjectOf(uow: UnitOfWork, access: MeetingAccess, actor: MemberViewer, userId: string | null | undefined): Promise<string> {
  const target = userId ? parseUuid(userId, 'input.userId') : actor.userId;
  if (target === actor.userId) return target;
  meetingAbilities.authorize(actor, 'manage', access);
  const [row] = await uow.em.execute(
    `select 1 from meeting_participant where meeting_id = ? and user_id = ? and status <> 'DECLINED'
     union select 1 from meeting_host where meeting_id = ? and user_id = ?`,
    [access.id, target, access.id, target],
  );
  if (!row) throw BadUserInput.field('input.userId', 'Only participants of this meeting can be checked in');
  return target;
}

function refuseNotStarted(access: MeetingAccess): void {
  if (access.status === 'DRAFT') throw new Conflict('The meeting has no date yet: check-in opens once it is scheduled');
}

/**
 * Checks a participant in: themselves (online or in the room), or a host for someone in the room. Opens once the
 * meeting is scheduled (people arrive early) until it ends; already here: no change.
 */
export async function checkInToMeeting(
  deps: CommandDeps,
  input: { meetingId: string; userId?: string | null; inPerson: boolean },
): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForParticipant(uow, actor, input.meetingId);
    refuseNotStarted(access);
    const userId = await subjectOf(uow, access, actor, input.userId);
    const [here] = await uow.em.execute(`select 1 from meeting_attendance where meeting_id = ? and user_id = ? and left_at is null`, [
      access.id,
      userId,
    ]);
    if (here) return access.id;
    const person = await personFacts(uow.em, userId);
    await uow.em.execute(
      `insert into meeting_attendance (meeting_id, user_id, country_code, checked_in_at, checked_in_by_id, in_person)
       values (?, ?, ?, ?, ?, ?) on conflict (meeting_id, user_id) do update set checked_in_at = excluded.checked_in_at,
         checked_in_by_id = excluded.checked_in_by_id, in_person = excluded.in_person, left_at = null`,
      [access.id, userId, person.countryCode, uow.now, actor.userId, input.inPerson],
    );
    await recordMeetingEvent(uow, access.id, 'PARTICIPANT_CHECKED_IN', {
      ...person,
      inPerson: input.inPerson,
      checkedInAt: uow.now.toISOString(),
    });
    return access.id;
  });
}

/** A participant leaves (or a host records that they left); not here: no change. */
export async function leaveMeeting(deps: CommandDeps, input: { meetingId: string; userId?: string | null }): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForParticipant(uow, actor, input.meetingId);
    const userId = await subjectOf(uow, access, actor, input.userId);
    const [left] = await uow.em.execute<{ country_code: string | null }[]>(
      `update meeting_attendance set left_at = ? where meeting_id = ? and user_id = ? and left_at is null returning trim(country_code) as country_code`,
      [uow.now, access.id, userId],
    );
    if (!left) return access.id;
    await recordMeetingEvent(uow, access.id, 'PARTICIPANT_LEFT', { userId, countryCode: left.country_code });
    return access.id;
  });
}

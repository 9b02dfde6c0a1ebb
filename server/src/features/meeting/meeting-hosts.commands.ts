import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { activeMembers } from './meeting.commands.js';
import { recordMeetingEvent } from './meeting-events.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { meetingAbilities } from './meeting.policy.js';

interface HostChange {
  meetingId: string;
  userId: string;
}

/**
 * A host makes an invited participant a co-host (who then manages the meeting as they do). Only someone invited
 * who has not declined, and an active member: a co-host is chosen among those taking part. Making a host a host
 * again changes nothing, so a retried command is safe.
 */
export async function addMeetingHost(deps: CommandDeps, input: HostChange): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'appointHost', access);
    const [userId] = await activeMembers(uow.em, [input.userId], 'input.userId');
    if (access.hostIds.includes(userId!)) return access.id;
    const [participant] = await uow.em.execute<{ status: string }[]>(
      `select status from meeting_participant where meeting_id = ? and user_id = ?`,
      [access.id, userId],
    );
    if (!participant || participant.status === 'DECLINED')
      throw BadUserInput.field('input.userId', 'Only someone invited who has not declined can become a co-host');
    await uow.em.execute(`insert into meeting_host (meeting_id, user_id) values (?, ?) on conflict do nothing`, [access.id, userId]);
    await audit(uow.em, {
      action: 'MEETING_HOST_ADDED',
      actorId: actor.userId,
      subjectType: 'meeting',
      subjectId: access.id,
      details: { userId: userId! },
    });
    await recordMeetingEvent(uow, access.id, 'HOST_CHANGED', { userId: userId!, isHost: true });
    return access.id;
  });
}

/**
 * A host removes a co-host (themselves included): they stay a participant but no longer manage the meeting. A
 * meeting always keeps one host, so the last one is refused. Removing someone who is not (or no longer) a host
 * changes nothing, so a retried command is safe.
 */
export async function removeMeetingHost(deps: CommandDeps, input: HostChange): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'appointHost', access);
    const userId = parseUuid(input.userId, 'input.userId');
    if (!access.hostIds.includes(userId)) return access.id;
    if (access.hostIds.length === 1) throw new Conflict('A meeting keeps at least one host: make someone else a co-host first');
    await uow.em.execute(`delete from meeting_host where meeting_id = ? and user_id = ?`, [access.id, userId]);
    await audit(uow.em, {
      action: 'MEETING_HOST_REMOVED',
      actorId: actor.userId,
      subjectType: 'meeting',
      subjectId: access.id,
      details: { userId },
    });
    await recordMeetingEvent(uow, access.id, 'HOST_CHANGED', { userId, isHost: false });
    return access.id;
  });
}

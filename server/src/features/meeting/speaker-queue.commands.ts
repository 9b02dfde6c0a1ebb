import { randomUUID } from 'node:crypto';
import { speakerOrder } from '@strom/shared';
import type { MemberViewer } from '../../core/auth.js';
import { Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { hosts, type MeetingAccess } from './meeting-access.js';
import { recordMeetingEvent } from './meeting-events.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { personFacts } from './meeting-person.js';
import { lockForHost, requireLive } from './meeting-run.commands.js';
import { meetingAbilities } from './meeting.policy.js';

/** The meeting locked for a participant's live command: visible, open, LIVE, and they take part. */
export async function lockForParticipant(uow: UnitOfWork, actor: MemberViewer, meetingId: string): Promise<MeetingAccess> {
  const access = await lockMeeting(uow.em, actor, parseUuid(meetingId, 'meetingId'));
  refuseClosed(access);
  meetingAbilities.authorize(actor, 'takePart', access);
  return access;
}

interface RequestRow {
  id: string;
  user_id: string;
  status: 'WAITING' | 'SPEAKING' | 'DONE' | 'LOWERED';
  country_code: string | null;
  raised_at: Date;
}

async function openRequests(uow: UnitOfWork, meetingId: string): Promise<RequestRow[]> {
  return uow.em.execute<RequestRow[]>(
    `select id, user_id, status, trim(country_code) as country_code, raised_at from meeting_speaker_request
      where meeting_id = ? and status in ('WAITING', 'SPEAKING') order by raised_at, id`,
    [meetingId],
  );
}

/** Raises the actor's hand; a hand already up (waiting or speaking) stays as it is. */
export async function raiseHand(deps: CommandDeps, meetingId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForParticipant(uow, actor, meetingId);
    requireLive(access);
    if ((await openRequests(uow, access.id)).some((row) => row.user_id === actor.userId)) return access.id;
    const person = await personFacts(uow.em, actor.userId);
    const requestId = randomUUID();
    await uow.em.execute(
      `insert into meeting_speaker_request (id, meeting_id, user_id, country_code, status, raised_at) values (?, ?, ?, ?, 'WAITING', ?)`,
      [requestId, access.id, actor.userId, person.countryCode, uow.now],
    );
    await recordMeetingEvent(uow, access.id, 'HAND_RAISED', { requestId, ...person, raisedAt: uow.now.toISOString() });
    return access.id;
  });
}

/** Lowers a waiting hand: one's own (no request id needed), or any by a host. Already lowered or called: no change. */
export async function lowerHand(deps: CommandDeps, meetingId: string, requestId: string | null): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForParticipant(uow, actor, meetingId);
    requireLive(access);
    const id = requestId ? parseUuid(requestId, 'requestId') : null;
    const open = await openRequests(uow, access.id);
    const request = open.find((row) => row.status === 'WAITING' && (id ? row.id === id : row.user_id === actor.userId));
    if (!request) return access.id;
    if (request.user_id !== actor.userId && !hosts(actor, access)) throw new NotFound('The raised hand');
    await uow.em.execute(`update meeting_speaker_request set status = 'LOWERED', finished_at = ? where id = ?`, [uow.now, request.id]);
    await recordMeetingEvent(uow, access.id, 'HAND_LOWERED', { requestId: request.id, userId: request.user_id });
    return access.id;
  });
}

/**
 * A host gives the floor to the hand `requestId` (the head of the order the queue shows, or another one); the
 * current speaker finishes first. Without an id, the head of the queue's order. Calling the one already speaking
 * is a no-op (a retry).
 */
export async function callNextSpeaker(deps: CommandDeps, meetingId: string, requestId: string | null): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, meetingId);
    requireLive(access);
    const id = requestId ? parseUuid(requestId, 'requestId') : null;
    const open = await openRequests(uow, access.id);
    const speaking = open.find((row) => row.status === 'SPEAKING');
    if (id && speaking?.id === id) return access.id;
    const next = id ? open.find((row) => row.id === id && row.status === 'WAITING') : await headOfQueue(uow, access.id, open);
    if (!next) throw new Conflict(id ? 'This hand is no longer raised' : 'Nobody is waiting to speak');
    if (speaking) await finish(uow, access.id, speaking);
    await uow.em.execute(`update meeting_speaker_request set status = 'SPEAKING', called_at = ? where id = ?`, [uow.now, next.id]);
    const person = await personFacts(uow.em, next.user_id);
    await recordMeetingEvent(uow, access.id, 'SPEAKER_CALLED', { requestId: next.id, ...person });
    return access.id;
  });
}

async function headOfQueue(uow: UnitOfWork, meetingId: string, open: RequestRow[]): Promise<RequestRow | undefined> {
  const [meeting] = await uow.em.execute<{ speakers_balanced: boolean }[]>(`select speakers_balanced from meeting where id = ?`, [
    meetingId,
  ]);
  const turns = await uow.em.execute<{ country_code: string | null; turns: number }[]>(
    `select trim(country_code) as country_code, count(*)::int as turns from meeting_speaker_request
      where meeting_id = ? and status in ('SPEAKING', 'DONE') group by country_code`,
    [meetingId],
  );
  const waiting = open
    .filter((row) => row.status === 'WAITING')
    .map((row) => ({ id: row.id, countryCode: row.country_code, raisedAt: new Date(row.raised_at).toISOString(), row }));
  const record = Object.fromEntries(turns.map((t) => [t.country_code ?? '', t.turns]));
  return speakerOrder(waiting, record, meeting!.speakers_balanced)[0]?.row;
}

async function finish(uow: UnitOfWork, meetingId: string, request: RequestRow): Promise<void> {
  await uow.em.execute(`update meeting_speaker_request set status = 'DONE', finished_at = ? where id = ?`, [uow.now, request.id]);
  await recordMeetingEvent(uow, meetingId, 'SPEAKER_FINISHED', { requestId: request.id, userId: request.user_id });
}

/** The speaker finishes: themselves or a host. Nobody speaking (or someone else): no change for the speaker, NOT_FOUND otherwise. */
export async function finishSpeaker(deps: CommandDeps, meetingId: string, requestId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForParticipant(uow, actor, meetingId);
    requireLive(access);
    const id = parseUuid(requestId, 'requestId');
    const speaking = (await openRequests(uow, access.id)).find((row) => row.status === 'SPEAKING');
    if (!speaking || speaking.id !== id) return access.id;
    if (speaking.user_id !== actor.userId && !hosts(actor, access)) throw new NotFound('The speaker');
    await finish(uow, access.id, speaking);
    return access.id;
  });
}

/** A host turns balancing by country on or off; the order shown changes with it. */
export async function setSpeakerBalance(deps: CommandDeps, meetingId: string, balanced: boolean): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, meetingId);
    const [row] = await uow.em.execute<{ speakers_balanced: boolean }[]>(`select speakers_balanced from meeting where id = ?`, [access.id]);
    if (row!.speakers_balanced === balanced) return access.id;
    await uow.em.execute(`update meeting set speakers_balanced = ? where id = ?`, [balanced, access.id]);
    await recordMeetingEvent(uow, access.id, 'SPEAKER_BALANCE_CHANGED', { balanced });
    return access.id;
  });
}

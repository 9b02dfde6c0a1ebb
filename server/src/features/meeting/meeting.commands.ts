import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { signedInActor } from '../forum/thread.commands.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { enqueueMeetingNotices } from './meeting-notices.worker.js';
import { planReminders } from './meeting-reminders.js';
import { checkTimes, guardMeetingText, parseTimeZone, reminderOffsets, scopeOf } from './meeting-rules.js';
import { Meeting } from './meeting.entity.js';
import type { CancelMeetingInput, CreateMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';
import { meetingAbilities, meetingCreation } from './meeting.policy.js';
import { acceptedCount, fillFreedSeats } from './seats.js';

/** A new meeting, as a DRAFT with its creator (and any named co-hosts) hosting. Retry-safe by the client's id. */
export async function createMeeting(deps: CommandDeps, input: CreateMeetingInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    if (await em.findOne(Meeting, { id, createdById: actor.userId })) return id;
    const scope = await scopeOf(em, input);
    meetingCreation.authorize(actor, 'create', scope);
    if (!input.title?.trim()) throw BadUserInput.field('input.title', 'A meeting needs a title');
    if (!input.format) throw BadUserInput.field('input.format', 'Choose in person, online or hybrid');
    if (!input.visibility) throw BadUserInput.field('input.visibility', 'Choose who may see the meeting');
    const timeZone = parseTimeZone(input.timeZone ?? '', 'input.timeZone');
    checkTimes(input.startsAt ?? null, input.endsAt ?? null);
    const followsId = input.followsId ? await existingMeeting(em, parseUuid(input.followsId, 'input.followsId')) : null;
    const hostIds = await activeMembers(em, [actor.userId, ...(input.hostIds ?? [])], 'input.hostIds');
    const confirmations = await guardMeetingText(uow, actor, id, 'purpose', input.purpose, input.confirmations);
    const meeting = Object.assign(new Meeting(), {
      id,
      title: input.title.trim(),
      purpose: input.purpose?.trim() || null,
      purposeConfirmations: confirmations,
      level: scope.level,
      country: scope.countryCode ? em.getReference(Country, scope.countryCode, { wrapped: true }) : null,
      municipality: scope.municipalityId ? em.getReference(Municipality, scope.municipalityId, { wrapped: true }) : null,
      followsId,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      timeZone,
      format: input.format,
      venue: input.venue?.trim() || null,
      onlineLink: input.onlineLink?.trim() || null,
      capacity: input.capacity ?? null,
      visibility: input.visibility,
      createdById: actor.userId,
    });
    await em.persist(meeting).flush();
    await em.execute(`update meeting set reminder_offsets = ?::int[] where id = ?`, [
      `{${reminderOffsets(input.reminderOffsets).join(',')}}`,
      id,
    ]);
    await em.execute(`insert into meeting_host (meeting_id, user_id) select ?, unnest(?::uuid[])`, [id, `{${hostIds.join(',')}}`]);
    await audit(em, {
      action: 'MEETING_CREATED',
      actorId: actor.userId,
      subjectType: 'meeting',
      subjectId: id,
      details: { level: scope.level },
    });
    return id;
  });
}

/**
 * Changes what hosts plan. A change of time or place raises the calendar SEQUENCE, moves the reminders and tells
 * everyone invited; a capacity below the seats already given is refused, a higher one seats the waiting.
 */
export async function updateMeeting(deps: CommandDeps, input: UpdateMeetingInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const access = await lockMeeting(em, actor, parseUuid(input.id, 'input.id'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'manage', access);
    const meeting = await em.findOneOrFail(Meeting, { id: access.id });
    if (meeting.version !== input.expectedVersion)
      throw new Conflict('Someone else changed this meeting since you opened it; reload and try again');
    if (input.title === null || (input.title !== undefined && !input.title.trim()))
      throw BadUserInput.field('input.title', 'A meeting needs a title');
    const startsAt = input.startsAt === undefined ? meeting.startsAt : input.startsAt;
    const endsAt = input.endsAt === undefined ? meeting.endsAt : input.endsAt;
    checkTimes(startsAt, endsAt);
    if (meeting.status !== 'DRAFT' && startsAt === null) throw BadUserInput.field('input.startsAt', 'A scheduled meeting keeps its date');
    const timeZone = input.timeZone ? parseTimeZone(input.timeZone, 'input.timeZone') : meeting.timeZone;
    if (input.capacity !== undefined && input.capacity !== null) {
      const accepted = await acceptedCount(uow, meeting.id);
      if (input.capacity < accepted)
        throw BadUserInput.field('input.capacity', `${accepted} participants already have a seat: the capacity cannot be lower`);
    }
    if (input.purpose !== undefined) {
      meeting.purposeConfirmations = await guardMeetingText(uow, actor, meeting.id, 'purpose', input.purpose, input.confirmations);
      meeting.purpose = input.purpose?.trim() || null;
    }
    const timesChanged =
      startsAt?.getTime() !== meeting.startsAt?.getTime() ||
      endsAt?.getTime() !== meeting.endsAt?.getTime() ||
      timeZone !== meeting.timeZone;
    const placeChanged =
      (input.venue !== undefined && (input.venue?.trim() || null) !== meeting.venue) ||
      (input.onlineLink !== undefined && (input.onlineLink?.trim() || null) !== meeting.onlineLink) ||
      (input.format != null && input.format !== meeting.format);
    Object.assign(meeting, {
      startsAt,
      endsAt,
      timeZone,
      ...(input.title ? { title: input.title.trim() } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.visibility ? { visibility: input.visibility } : {}),
      ...(input.venue !== undefined ? { venue: input.venue?.trim() || null } : {}),
      ...(input.onlineLink !== undefined ? { onlineLink: input.onlineLink?.trim() || null } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    });
    if (timesChanged || placeChanged || input.title) meeting.calendarSequence += 1;
    await em.flush();
    if (input.reminderOffsets)
      await em.execute(`update meeting set reminder_offsets = ?::int[] where id = ?`, [
        `{${reminderOffsets(input.reminderOffsets).join(',')}}`,
        meeting.id,
      ]);
    await planReminders(em, meeting.id, uow.now);
    if (input.capacity !== undefined) await fillFreedSeats(uow, meeting.id, meeting.capacity);
    const sequence = await recordMeetingEvent(uow, meeting.id, 'DETAILS_CHANGED', { timesChanged });
    if ((timesChanged || placeChanged) && meeting.status !== 'DRAFT')
      enqueueMeetingNotices(uow, { meetingId: meeting.id, kind: 'MEETING_CHANGED', stamp: String(sequence), actorId: actor.userId });
    await audit(em, {
      action: 'MEETING_UPDATED',
      actorId: actor.userId,
      subjectType: 'meeting',
      subjectId: meeting.id,
      details: { timesChanged },
    });
    return meeting.id;
  });
}

/** DRAFT → SCHEDULED once it has its date: reminders are laid out and everyone invited is told. */
export async function scheduleMeeting(deps: CommandDeps, meetingId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockMeeting(uow.em, actor, parseUuid(meetingId, 'id'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'manage', access);
    const meeting = await uow.em.findOneOrFail(Meeting, { id: access.id });
    if (meeting.status !== 'DRAFT') throw new Conflict('This meeting is already scheduled');
    if (!meeting.startsAt) throw BadUserInput.field('id', 'Set the date (or pick a slot of the date poll) before scheduling');
    await markScheduled(uow, meeting, actor.userId);
    return meeting.id;
  });
}

/** The common end of scheduling directly and of picking a date poll's slot. */
export async function markScheduled(uow: UnitOfWork, meeting: Meeting, actorId: string): Promise<void> {
  meeting.status = 'SCHEDULED';
  meeting.calendarSequence += 1;
  await uow.em.flush();
  await planReminders(uow.em, meeting.id, uow.now);
  const sequence = await recordMeetingEvent(uow, meeting.id, 'STATUS_CHANGED', { status: 'SCHEDULED' });
  enqueueMeetingNotices(uow, { meetingId: meeting.id, kind: 'MEETING_SCHEDULED', stamp: String(sequence), actorId });
  await audit(uow.em, { action: 'MEETING_SCHEDULED', actorId, subjectType: 'meeting', subjectId: meeting.id });
}

/** Cancels with a reason everyone invited is told; calendars get the same UID with a higher SEQUENCE. */
export async function cancelMeeting(deps: CommandDeps, input: CancelMeetingInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockMeeting(uow.em, actor, parseUuid(input.id, 'input.id'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'manage', access);
    const meeting = await uow.em.findOneOrFail(Meeting, { id: access.id });
    await guardMeetingText(uow, actor, meeting.id, 'reason', input.reason, input.confirmations);
    Object.assign(meeting, { status: 'CANCELLED', cancelReason: input.reason.trim(), calendarSequence: meeting.calendarSequence + 1 });
    await uow.em.flush();
    await planReminders(uow.em, meeting.id, uow.now);
    const sequence = await recordMeetingEvent(uow, meeting.id, 'STATUS_CHANGED', { status: 'CANCELLED', reason: meeting.cancelReason });
    enqueueMeetingNotices(uow, { meetingId: meeting.id, kind: 'MEETING_CANCELLED', stamp: String(sequence), actorId: actor.userId });
    await audit(uow.em, { action: 'MEETING_CANCELLED', actorId: actor.userId, subjectType: 'meeting', subjectId: meeting.id });
    return meeting.id;
  });
}

async function existingMeeting(em: Em, id: string): Promise<string> {
  const [row] = await em.execute<{ id: string }[]>(`select id from meeting where id = ?`, [id]);
  if (!row) throw BadUserInput.field('input.followsId', 'No such earlier meeting');
  return id;
}

/** Active, not deleted accounts; an id of a suspended, deleted or unknown account is refused. */
export async function activeMembers(em: Em, ids: readonly string[], field: string): Promise<string[]> {
  const userIds = [...new Set(ids.map((id) => parseUuid(id, field)))];
  if (userIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select id from app_user where id = any(?::uuid[]) and deleted_at is null and status = 'ACTIVE'`,
    [`{${userIds.join(',')}}`],
  );
  if (rows.length !== userIds.length) throw BadUserInput.field(field, 'Suspended, deleted or unknown members cannot take part');
  return userIds;
}

import type { ParticipantRole as ParticipantRoleKey } from '@strom/shared';
import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { enqueueMeetingNotices } from './meeting-notices.worker.js';
import { guardMeetingText } from './meeting-rules.js';
import type { RsvpInput } from './meeting.inputs.js';
import { meetingAbilities } from './meeting.policy.js';
import type { InviteToMeetingInput } from './participation.inputs.js';
import { acceptedCount, fillFreedSeats } from './seats.js';

const ACTIVE_ACCOUNT = `u.status = 'ACTIVE' and u.deleted_at is null`;
const CURRENT_ROLE = `(ra.starts_on is null or ra.starts_on <= current_date) and (ra.ends_on is null or ra.ends_on >= current_date)`;
const array = (values: readonly string[]) => `{${values.join(',')}}`;

/**
 * Invites by expert, municipality and country in one step. Named experts must have an active account (a
 * suspended or deleted one is refused); places and countries invite the active members they hold. Members
 * invited already keep their answer. Returns how many were newly invited.
 */
export async function inviteToMeeting(deps: CommandDeps, input: InviteToMeetingInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const meeting = await lockMeeting(em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(meeting);
    meetingAbilities.authorize(actor, 'manage', meeting);
    const userIds = new Set([
      ...(await expertAccounts(em, input.expertIds)),
      ...(await municipalityMembers(em, input.municipalityIds, input.roles)),
      ...(await countryMembers(em, input.countryCodes, input.roles)),
    ]);
    if (userIds.size === 0) throw BadUserInput.field('input', 'Nobody matches: choose experts, municipalities or countries with members');
    await recordInvitations(uow, meeting.id, [...userIds], input.role, actor.userId);
    return meeting.id;
  });
}

/**
 * Invites `userIds` (active accounts, checked by the caller) with `role`; members invited already keep their answer.
 * Tells the newly invited after the commit. Returns how many were newly invited (0 on a retry).
 */
export async function recordInvitations(
  uow: UnitOfWork,
  meetingId: string,
  userIds: readonly string[],
  role: ParticipantRoleKey,
  actorId: string,
): Promise<number> {
  const invited = await uow.em.execute<{ user_id: string }[]>(
    `insert into meeting_participant (meeting_id, user_id, status, role, invited_by_id, invited_at)
       select ?, unnest(?::uuid[]), 'INVITED', ?, ?, ?::timestamptz
     on conflict (meeting_id, user_id) do nothing returning user_id::text`,
    [meetingId, array(userIds), role, actorId, uow.now.toISOString()],
  );
  if (invited.length === 0) return 0;
  const sequence = await recordMeetingEvent(uow, meetingId, 'PARTICIPANTS_INVITED', { count: invited.length });
  enqueueMeetingNotices(uow, {
    meetingId,
    kind: 'MEETING_INVITATION',
    userIds: invited.map((row) => row.user_id),
    stamp: String(sequence),
    actorId,
  });
  await audit(uow.em, {
    action: 'MEETING_INVITATIONS_SENT',
    actorId,
    subjectType: 'meeting',
    subjectId: meetingId,
    details: { count: invited.length },
  });
  return invited.length;
}

async function expertAccounts(em: Em, expertIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(expertIds.map((id) => parseUuid(id, 'input.expertIds')))];
  if (ids.length === 0) return [];
  const rows = await em.execute<{ user_id: string; active: boolean }[]>(
    `select u.id::text as user_id, (${ACTIVE_ACCOUNT}) as active from app_user u where u.expert_id = any(?::uuid[])`,
    [array(ids)],
  );
  if (rows.length !== ids.length || rows.some((row) => !row.active))
    throw BadUserInput.field('input.expertIds', 'Suspended or deleted members, and experts without an account, cannot be invited');
  return rows.map((row) => row.user_id);
}

/** A municipality's contact points, and its members holding one of `roles` there. */
async function municipalityMembers(em: Em, municipalityIds: readonly string[], roles: readonly string[]): Promise<string[]> {
  const ids = [...new Set(municipalityIds.map((id) => parseUuid(id, 'input.municipalityIds')))];
  if (ids.length === 0) return [];
  const known = await em.execute<{ n: number }[]>(`select count(*)::int as n from municipality where id = any(?::uuid[])`, [array(ids)]);
  if (known[0]!.n !== ids.length) throw BadUserInput.field('input.municipalityIds', 'No such municipality');
  const rows = await em.execute<{ user_id: string }[]>(
    `select distinct u.id::text as user_id from role_assignment ra join app_user u on u.expert_id = ra.expert_id
      where ra.municipality_id = any(?::uuid[]) and ${CURRENT_ROLE} and ${ACTIVE_ACCOUNT}
        and (ra.role = 'MUNICIPAL_CONTACT_POINT' or ra.role = any(?::text[]))`,
    [array(ids), array(roles)],
  );
  return rows.map((row) => row.user_id);
}

/** A country's members holding one of `roles` (in any scope of that country), or all its members without roles. */
async function countryMembers(em: Em, countryCodes: readonly string[], roles: readonly string[]): Promise<string[]> {
  const codes = [...new Set(countryCodes.map((code) => parseCountryCode(code, 'input.countryCodes')))];
  if (codes.length === 0) return [];
  const rows = await em.execute<{ user_id: string }[]>(
    roles.length === 0
      ? `select u.id::text as user_id from app_user u where u.country_code = any(?::text[]) and ${ACTIVE_ACCOUNT}`
      : `select distinct u.id::text as user_id from app_user u join role_assignment ra on ra.expert_id = u.expert_id
          where u.country_code = any(?::text[]) and ${ACTIVE_ACCOUNT} and ${CURRENT_ROLE} and ra.role = any(?::text[])`,
    roles.length === 0 ? [array(codes)] : [array(codes), array(roles)],
  );
  return rows.map((row) => row.user_id);
}

/**
 * Your answer. YES takes a free seat or a place at the end of the waiting list; MAYBE and NO free your seat,
 * which goes to the first waiting member at once. A member who sees an open (not INVITED-only) meeting
 * registers by answering. A cancelled or ended meeting, or one without its date yet, takes no answers.
 */
export async function rsvpMeeting(deps: CommandDeps, input: RsvpInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const meeting = await lockMeeting(em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(meeting);
    meetingAbilities.authorize(actor, 'rsvp', meeting);
    if (meeting.status === 'DRAFT') throw new Conflict('The date of this meeting is not set yet: answer its date poll instead');
    await guardMeetingText(uow, actor, meeting.id, 'note', input.note, input.confirmations);
    const [row] = await em.execute<{ capacity: number | null }[]>(`select capacity from meeting where id = ?`, [meeting.id]);
    const before = meeting.viewerStatus;
    const status =
      input.answer === 'NO'
        ? 'DECLINED'
        : input.answer === 'MAYBE'
          ? 'TENTATIVE'
          : before === 'ACCEPTED' || before === 'WAITING'
            ? before
            : row!.capacity === null || (await acceptedCount(uow, meeting.id)) < row!.capacity
              ? 'ACCEPTED'
              : 'WAITING';
    await em.execute(
      `insert into meeting_participant (meeting_id, user_id, status, note, invited_at, answered_at, waiting_since)
         values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz)
       on conflict (meeting_id, user_id) do update set status = excluded.status, note = excluded.note,
         answered_at = excluded.answered_at,
         waiting_since = case when excluded.status = 'WAITING' then coalesce(meeting_participant.waiting_since, excluded.waiting_since) end`,
      [meeting.id, actor.userId, status, input.note?.trim() || null, uow.now.toISOString(), uow.now.toISOString(), uow.now.toISOString()],
    );
    if (before !== status) await recordMeetingEvent(uow, meeting.id, 'PARTICIPANT_CHANGED', { userId: actor.userId, status });
    if (before === 'ACCEPTED' && status !== 'ACCEPTED') await fillFreedSeats(uow, meeting.id, row!.capacity);
    return meeting.id;
  });
}

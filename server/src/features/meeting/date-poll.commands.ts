import { randomUUID } from 'node:crypto';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { markScheduled } from './meeting.commands.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { checkTimes } from './meeting-rules.js';
import { Meeting } from './meeting.entity.js';
import { meetingAbilities } from './meeting.policy.js';
import type { AnswerSlotsInput, ProposeSlotsInput } from './date-poll.inputs.js';

/** Hosts propose the slots of a DRAFT meeting's date poll, replacing any earlier proposal (and its answers). */
export async function proposeMeetingSlots(deps: CommandDeps, input: ProposeSlotsInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(meeting);
    meetingAbilities.authorize(actor, 'manage', meeting);
    if (meeting.status !== 'DRAFT') throw new Conflict('This meeting is scheduled already: change its date instead');
    input.slots.forEach((slot, i) => checkTimes(slot.startsAt, slot.endsAt, `input.slots.${i}`));
    // The earlier slots (their answers cascade) and the new ones in one round trip.
    await uow.em.execute(
      `with earlier as (delete from meeting_slot where meeting_id = ?)
       insert into meeting_slot (id, meeting_id, starts_at, ends_at) values ${input.slots.map(() => '(?, ?, ?, ?)').join(', ')}`,
      [meeting.id, ...input.slots.flatMap((slot) => [randomUUID(), meeting.id, slot.startsAt.toISOString(), slot.endsAt.toISOString()])],
    );
    await recordMeetingEvent(uow, meeting.id, 'DATE_POLL_CHANGED', { slotCount: input.slots.length });
    return meeting.id;
  });
}

/** An invitee's answers to the date poll; answering again replaces them. The hosts see the totals move live. */
export async function answerMeetingSlots(deps: CommandDeps, input: AnswerSlotsInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(meeting);
    meetingAbilities.authorize(actor, 'answerDatePoll', meeting);
    if (meeting.status !== 'DRAFT') throw new Conflict('The date of this meeting has been set: the poll is closed');
    const slotIds = input.answers.map((a) => parseUuid(a.slotId, 'input.answers.slotId'));
    const [found] = await uow.em.execute<{ n: number; slots: number }[]>(
      `select count(*) filter (where id = any(?::uuid[]))::int as n, count(*)::int as slots from meeting_slot where meeting_id = ?`,
      [`{${[...new Set(slotIds)].join(',')}}`, meeting.id],
    );
    if (found!.n !== new Set(slotIds).size) throw BadUserInput.field('input.answers', 'One of these slots is not part of this poll');
    await uow.em.execute(
      `insert into meeting_slot_answer (slot_id, user_id, answer) values ${input.answers.map(() => '(?, ?, ?)').join(', ')}
       on conflict (slot_id, user_id) do update set answer = excluded.answer`,
      input.answers.flatMap((a, i) => [slotIds[i], actor.userId, a.answer]),
    );
    // The hosts' poll page reads the totals again on this event; it carries no one's answer.
    await recordMeetingEvent(uow, meeting.id, 'DATE_POLL_CHANGED', { slotCount: found!.slots });
    return meeting.id;
  });
}

/** Hosts pick a slot: it becomes the meeting's time, the meeting is scheduled and everyone invited is told. */
export async function pickMeetingSlot(deps: CommandDeps, meetingId: string, slotId: string): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockMeeting(uow.em, actor, parseUuid(meetingId, 'meetingId'));
    refuseClosed(access);
    meetingAbilities.authorize(actor, 'manage', access);
    if (access.status !== 'DRAFT') throw new Conflict('This meeting is scheduled already');
    const [slot] = await uow.em.execute<{ starts_at: Date; ends_at: Date }[]>(
      `select starts_at, ends_at from meeting_slot where id = ? and meeting_id = ?`,
      [parseUuid(slotId, 'slotId'), access.id],
    );
    if (!slot) throw new NotFound('The slot');
    const meeting = await uow.em.findOneOrFail(Meeting, { id: access.id });
    meeting.startsAt = new Date(slot.starts_at);
    meeting.endsAt = new Date(slot.ends_at);
    await markScheduled(uow, meeting, actor.userId);
    return meeting.id;
  });
}

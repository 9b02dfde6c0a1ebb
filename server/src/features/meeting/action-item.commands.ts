import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { AddMeetingActionItemInput, SetMeetingActionItemStatusInput } from './action-item.inputs.js';
import { lockMeeting } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { exists, lockMeetingOf, type OutcomeRef } from './outcome-load.js';
import { meetingOutcomeAbilities, requireRunning } from './outcome.policy.js';

/** A host records an action item for a participant (through the guardrail); retry-safe by the client's id. */
export async function addMeetingActionItem(deps: CommandDeps, input: AddMeetingActionItemInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    if (await exists(uow.em, 'meeting_action_item', id, meeting.id)) return { id, meetingId: meeting.id };
    requireRunning(meeting);
    const text = input.text.trim();
    if (!text) throw BadUserInput.field('input.text', 'Say what is to be done');
    const ownerId = await participantOf(uow.em, meeting.id, parseUuid(input.ownerId, 'input.ownerId'));
    const confirmed = await guardTexts(uow, actor, [{ field: 'text', text }], input.confirmations, { type: 'meeting', id: meeting.id });
    await uow.em.execute(
      `insert into meeting_action_item (id, meeting_id, text, confirmations, owner_id, due_on, created_by_id, created_at)
         values (?, ?, ?, ?::jsonb, ?, ?::date, ?, ?::timestamptz)`,
      [id, meeting.id, text, JSON.stringify(confirmed), ownerId, input.dueOn ?? null, actor.userId, uow.now.toISOString()],
    );
    await recordMeetingEvent(uow, meeting.id, 'ACTION_ITEM_ADDED', { actionItemId: id });
    return { id, meetingId: meeting.id };
  });
}

/**
 * OPEN ⇄ DONE, by the meeting's hosts or the item's owner, also after the meeting (an item carried to the next
 * meeting of the series is closed there); setting the status it has changes nothing.
 */
export async function setMeetingActionItemStatus(deps: CommandDeps, input: SetMeetingActionItemStatusInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const [meeting, id] = await lockMeetingOf(uow.em, actor, 'meeting_action_item', input.id, 'input.id');
    const [item] = await uow.em.execute<{ owner_id: string | null; status: string }[]>(
      `select owner_id::text, status from meeting_action_item where id = ?`,
      [id],
    );
    if (item!.owner_id !== actor.userId) meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    if (meeting.status === 'CANCELLED') requireRunning(meeting);
    if (item!.status === input.status) return { id, meetingId: meeting.id };
    await uow.em.execute(`update meeting_action_item set status = ?, done_at = ?::timestamptz where id = ?`, [
      input.status,
      input.status === 'DONE' ? uow.now.toISOString() : null,
      id,
    ]);
    await recordMeetingEvent(uow, meeting.id, 'ACTION_ITEM_CHANGED', { actionItemId: id, status: input.status });
    return { id, meetingId: meeting.id };
  });
}

/** The owner must take part: a host, or a participant who has not declined. */
async function participantOf(em: Em, meetingId: string, userId: string): Promise<string> {
  const [row] = await em.execute(
    `select 1 from app_user u where u.id = ? and u.status = 'ACTIVE' and u.deleted_at is null
        and (exists (select 1 from meeting_host h where h.meeting_id = ? and h.user_id = u.id)
          or exists (select 1 from meeting_participant p where p.meeting_id = ? and p.user_id = u.id and p.status <> 'DECLINED'))`,
    [userId, meetingId, meetingId],
  );
  if (!row) throw BadUserInput.field('input.ownerId', 'The owner must be a host or participant of this meeting');
  return userId;
}

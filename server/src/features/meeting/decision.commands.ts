import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { AddMeetingNoteInput } from './decision.inputs.js';
import { lockMeeting } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { exists, type OutcomeRef } from './outcome-load.js';
import { meetingOutcomeAbilities, requireRunning } from './outcome.policy.js';

/** A host records a note or a decision (through the guardrail); retry-safe by the client's id. */
export async function addMeetingNote(deps: CommandDeps, input: AddMeetingNoteInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    if (await exists(uow.em, 'meeting_note', id, meeting.id)) return { id, meetingId: meeting.id };
    requireRunning(meeting);
    const text = input.text.trim();
    if (!text) throw BadUserInput.field('input.text', 'Write the note or decision');
    const confirmed = await guardTexts(uow, actor, [{ field: 'text', text }], input.confirmations, { type: 'meeting', id: meeting.id });
    await uow.em.execute(
      `insert into meeting_note (id, meeting_id, kind, text, confirmations, created_by_id, created_at)
         values (?, ?, ?, ?, ?::jsonb, ?, ?::timestamptz)`,
      [id, meeting.id, input.kind, text, JSON.stringify(confirmed), actor.userId, uow.now.toISOString()],
    );
    await recordMeetingEvent(uow, meeting.id, 'NOTE_ADDED', { noteId: id, noteKind: input.kind });
    return { id, meetingId: meeting.id };
  });
}

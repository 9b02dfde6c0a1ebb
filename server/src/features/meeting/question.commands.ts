import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { lockMeeting } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { exists, lockMeetingOf, type OutcomeRef } from './outcome-load.js';
import { meetingOutcomeAbilities, requireRunning } from './outcome.policy.js';
import type { AskMeetingQuestionInput } from './question.inputs.js';

/** A participant asks (through the guardrail); retry-safe by the client's id. */
export async function askMeetingQuestion(deps: CommandDeps, input: AskMeetingQuestionInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    meetingOutcomeAbilities.authorize(actor, 'takePart', meeting);
    if (await exists(uow.em, 'meeting_question', id, meeting.id)) return { id, meetingId: meeting.id };
    requireRunning(meeting);
    const text = input.text.trim();
    if (!text) throw BadUserInput.field('input.text', 'Write your question');
    const confirmed = await guardTexts(uow, actor, [{ field: 'text', text }], input.confirmations, { type: 'meeting', id: meeting.id });
    await uow.em.execute(
      `insert into meeting_question (id, meeting_id, author_id, text, confirmations, created_at) values (?, ?, ?, ?, ?::jsonb, ?::timestamptz)`,
      [id, meeting.id, actor.userId, text, JSON.stringify(confirmed), uow.now.toISOString()],
    );
    await recordMeetingEvent(uow, meeting.id, 'QUESTION_ASKED', { questionId: id });
    return { id, meetingId: meeting.id };
  });
}

/** One upvote per member and question: a second changes nothing (so a retry is safe). A hidden question takes none. */
export async function upvoteMeetingQuestion(deps: CommandDeps, rawId: string): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const [meeting, id] = await lockMeetingOf(uow.em, actor, 'meeting_question', rawId, 'id');
    meetingOutcomeAbilities.authorize(actor, 'takePart', meeting);
    requireRunning(meeting);
    const [question] = await uow.em.execute<{ hidden: boolean }[]>(`select hidden from meeting_question where id = ?`, [id]);
    if (question!.hidden && !meetingOutcomeAbilities.can(actor, 'run', meeting)) throw BadUserInput.field('id', 'This question was hidden');
    const added = await uow.em.execute<{ question_id: string }[]>(
      `insert into meeting_question_upvote (question_id, user_id) values (?, ?) on conflict do nothing returning question_id`,
      [id, actor.userId],
    );
    if (added.length === 0) return { id, meetingId: meeting.id };
    const [count] = await uow.em.execute<{ n: number }[]>(`select count(*)::int as n from meeting_question_upvote where question_id = ?`, [
      id,
    ]);
    await recordMeetingEvent(uow, meeting.id, 'QUESTION_UPVOTED', { questionId: id, upvotes: count!.n });
    return { id, meetingId: meeting.id };
  });
}

/** A host marks a question answered, or hides it from everyone but the hosts; doing it twice changes nothing. */
export async function markMeetingQuestion(deps: CommandDeps, rawId: string, mark: 'answered' | 'hidden'): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const [meeting, id] = await lockMeetingOf(uow.em, actor, 'meeting_question', rawId, 'id');
    meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    requireRunning(meeting);
    const changed = await uow.em.execute<{ id: string }[]>(
      `update meeting_question set ${mark} = true where id = ? and not ${mark} returning id`,
      [id],
    );
    if (changed.length === 0) return { id, meetingId: meeting.id };
    await recordMeetingEvent(uow, meeting.id, mark === 'answered' ? 'QUESTION_ANSWERED' : 'QUESTION_HIDDEN', { questionId: id });
    return { id, meetingId: meeting.id };
  });
}

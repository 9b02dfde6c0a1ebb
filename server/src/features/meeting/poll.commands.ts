import { randomUUID } from 'node:crypto';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { lockMeeting } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { exists, lockMeetingOf, type OutcomeRef } from './outcome-load.js';
import type { PollTally } from './outcome.events.js';
import { meetingOutcomeAbilities, OutcomeConflict, requireRunning } from './outcome.policy.js';
import type { CreateMeetingPollInput, VoteMeetingPollInput } from './poll.inputs.js';

/** A host prepares a poll (DRAFT) on a scheduled or live meeting; retry-safe by the client's id. Returns its id. */
export async function createMeetingPoll(deps: CommandDeps, input: CreateMeetingPollInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    if (await exists(uow.em, 'meeting_poll', id, meeting.id)) return { id, meetingId: meeting.id };
    requireRunning(meeting);
    const question = input.question.trim();
    const options = input.options.map((option) => option.trim());
    if (!question) throw BadUserInput.field('input.question', 'A poll needs a question');
    if (options.some((option) => !option)) throw BadUserInput.field('input.options', 'An option must not be empty');
    if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
      throw BadUserInput.field('input.options', 'Each option must differ from the others');
    const texts = [{ field: 'question', text: question }, ...options.map((text, i) => ({ field: `options.${i}`, text }))];
    const confirmed = await guardTexts(uow, actor, texts, input.confirmations, { type: 'meeting', id: meeting.id });
    await uow.em.execute(
      `insert into meeting_poll (id, meeting_id, question, multiple, anonymous, confirmations, created_by_id, created_at)
         values (?, ?, ?, ?, ?, ?::jsonb, ?, ?::timestamptz)`,
      [id, meeting.id, question, input.multiple, input.anonymous, JSON.stringify(confirmed), actor.userId, uow.now.toISOString()],
    );
    await uow.em.execute(
      `insert into meeting_poll_option (id, poll_id, position, label) select * from unnest(?::uuid[], ?::uuid[], ?::int[], ?::text[])`,
      [
        pgArray(options.map(() => randomUUID())),
        pgArray(options.map(() => id)),
        `{${options.map((_, i) => i).join(',')}}`,
        pgArray(options),
      ],
    );
    await recordMeetingEvent(uow, meeting.id, 'POLL_CREATED', { pollId: id });
    return { id, meetingId: meeting.id };
  });
}

/** DRAFT → OPEN: votes are taken from now on. */
export function openMeetingPoll(deps: CommandDeps, pollId: string): Promise<OutcomeRef> {
  return movePoll(deps, pollId, 'OPEN');
}

/** OPEN → CLOSED: the results are final; later votes are refused. */
export function closeMeetingPoll(deps: CommandDeps, pollId: string): Promise<OutcomeRef> {
  return movePoll(deps, pollId, 'CLOSED');
}

async function movePoll(deps: CommandDeps, rawId: string, to: 'OPEN' | 'CLOSED'): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const [meeting, pollId] = await lockMeetingOf(uow.em, actor, 'meeting_poll', rawId, 'id');
    meetingOutcomeAbilities.authorize(actor, 'run', meeting);
    const status = await pollStatus(uow, pollId);
    if (status === to) return { id: pollId, meetingId: meeting.id };
    if (to === 'OPEN') {
      requireRunning(meeting);
      if (status !== 'DRAFT') throw new OutcomeConflict('POLL_NOT_DRAFT', 'A closed poll cannot be opened again');
    } else if (status !== 'OPEN') throw new OutcomeConflict('POLL_NOT_OPEN', 'Only an open poll can be closed');
    const stamp = to === 'OPEN' ? 'opened_at' : 'closed_at';
    await uow.em.execute(`update meeting_poll set status = ?, ${stamp} = ?::timestamptz where id = ?`, [to, uow.now.toISOString(), pollId]);
    if (to === 'OPEN') await recordMeetingEvent(uow, meeting.id, 'POLL_OPENED', { pollId });
    else await recordMeetingEvent(uow, meeting.id, 'POLL_CLOSED', { ...(await tally(uow, pollId)), status: 'CLOSED' });
    return { id: pollId, meetingId: meeting.id };
  });
}

/**
 * One ballot per member and poll, final once cast (in both kinds of poll: changing a vote is not offered, so live
 * counts only grow and an anonymous ballot cannot be traced by watching it move). Retrying the same ballot is
 * accepted and changes nothing; a different second ballot, or one on a poll that is not open, is a typed CONFLICT.
 */
export async function voteMeetingPoll(deps: CommandDeps, input: VoteMeetingPollInput): Promise<OutcomeRef> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const [meeting, pollId] = await lockMeetingOf(uow.em, actor, 'meeting_poll', input.pollId, 'input.pollId');
    meetingOutcomeAbilities.authorize(actor, 'takePart', meeting);
    const [poll] = await uow.em.execute<{ status: string; multiple: boolean; option_ids: string[] }[]>(
      `select p.status, p.multiple, array(select o.id::text from meeting_poll_option o where o.poll_id = p.id) as option_ids
         from meeting_poll p where p.id = ?`,
      [pollId],
    );
    const choice = [...new Set(input.optionIds.map((id) => parseUuid(id, 'input.optionIds')))].toSorted();
    if (choice.some((id) => !poll!.option_ids.includes(id))) throw BadUserInput.field('input.optionIds', 'Not an option of this poll');
    if (!poll!.multiple && choice.length !== 1) throw BadUserInput.field('input.optionIds', 'Choose exactly one option in this poll');
    const cast = await uow.em.execute<{ option_id: string }[]>(
      `select option_id::text from meeting_poll_vote where poll_id = ? and user_id = ? order by option_id`,
      [pollId, actor.userId],
    );
    if (cast.length > 0) {
      if (cast.map((row) => row.option_id).join() === choice.join()) return { id: pollId, meetingId: meeting.id };
      throw new OutcomeConflict('ALREADY_VOTED', 'You have already voted in this poll; a vote cannot be changed');
    }
    if (poll!.status !== 'OPEN')
      throw new OutcomeConflict('POLL_NOT_OPEN', poll!.status === 'CLOSED' ? 'This poll is closed' : 'This poll is not open yet');
    await uow.em.execute(
      `insert into meeting_poll_vote (poll_id, option_id, user_id, voted_at) select ?, unnest(?::uuid[]), ?, ?::timestamptz`,
      [pollId, pgArray(choice), actor.userId, uow.now.toISOString()],
    );
    await recordMeetingEvent(uow, meeting.id, 'VOTE_COUNTED', await tally(uow, pollId));
    return { id: pollId, meetingId: meeting.id };
  });
}

async function pollStatus(uow: UnitOfWork, pollId: string): Promise<string> {
  const [row] = await uow.em.execute<{ status: string }[]>(`select status from meeting_poll where id = ?`, [pollId]);
  return row!.status;
}

/** The counts everyone may see (the same for anonymous and named polls). */
async function tally(uow: UnitOfWork, pollId: string): Promise<PollTally> {
  const rows = await uow.em.execute<{ option_id: string; votes: number; voters: number }[]>(
    `select o.id::text as option_id, (select count(*)::int from meeting_poll_vote v where v.option_id = o.id) as votes,
            (select count(distinct v.user_id)::int from meeting_poll_vote v where v.poll_id = o.poll_id) as voters
       from meeting_poll_option o where o.poll_id = ? order by o.position`,
    [pollId],
  );
  return { pollId, voterCount: rows[0]?.voters ?? 0, options: rows.map((row) => ({ optionId: row.option_id, votes: row.votes })) };
}

/** A PostgreSQL array literal of texts, quoted so commas and quotes inside stay in their element. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

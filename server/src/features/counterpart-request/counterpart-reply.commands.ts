import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { lockRequest, participants, refuseClosed } from './counterpart-request-load.js';
import { remindAt, SUBJECT_TYPE, tell } from './counterpart-request.commands.js';
import type {
  AnswerCounterpartRequestInput,
  ForwardCounterpartRequestInput,
  PostCounterpartMessageInput,
} from './counterpart-request.inputs.js';
import { counterpartRequestAbilities } from './counterpart-request.policy.js';

/**
 * A recipient accepts or declines (with a reason). The first answer starts the clock the statistics read; the
 * first acceptance makes the request ACCEPTED. Giving the same answer again (a retry) changes nothing.
 */
export async function answerCounterpartRequest(deps: CommandDeps, input: AnswerCounterpartRequestInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.requestId, 'input.requestId');
  const reason = input.reason?.trim() || null;
  if (input.answer === 'DECLINE' && !reason)
    throw BadUserInput.field('input.reason', 'Say why you decline, so the requester can ask elsewhere');
  return runCommand(deps, async (uow) => {
    const request = await lockRequest(uow, actor, id);
    refuseClosed(request, 'answers');
    const state = input.answer === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED';
    const mine = request.recipients.find((r) => r.userId === actor.userId);
    if (mine?.state === state) return id;
    if (mine && mine.state !== 'PENDING') throw new Conflict('You have answered this request already');
    counterpartRequestAbilities.authorize(actor, 'answer', request);
    await guardTexts(uow, actor, [{ field: 'reason', text: reason }], input.confirmations, { type: SUBJECT_TYPE, id });
    const now = uow.now.toISOString();
    await uow.em.execute(
      `update counterpart_request_recipient set state = ?, reason = ?, answered_at = ? where request_id = ? and user_id = ?`,
      [state, reason, now, id, actor.userId],
    );
    await uow.em.execute(
      `update counterpart_request set first_answered_at = coalesce(first_answered_at, ?::timestamptz),
         status = case when ? and status = 'OPEN' then 'ACCEPTED' else status end where id = ?`,
      [now, state === 'ACCEPTED', id],
    );
    await tell(uow, id, [request.requesterId], 'COUNTERPART_REQUEST_UPDATE', `${id}:answer:${actor.userId}`);
    await audit(uow.em, {
      action: 'COUNTERPART_REQUEST_ANSWERED',
      actorId: actor.userId,
      subjectType: SUBJECT_TYPE,
      subjectId: id,
      details: { answer: input.answer },
    });
    return id;
  });
}

/** A recipient hands the request on to another member (by their expert profile); the requester sees who. */
export async function forwardCounterpartRequest(deps: CommandDeps, input: ForwardCounterpartRequestInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.requestId, 'input.requestId');
  const expertId = parseUuid(input.expertId, 'input.expertId');
  const note = input.note?.trim() || null;
  return runCommand(deps, async (uow) => {
    const request = await lockRequest(uow, actor, id);
    refuseClosed(request, 'forwards');
    const [target] = await uow.em.execute<{ id: string }[]>(
      `select id from app_user where expert_id = ? and status = 'ACTIVE' and deleted_at is null`,
      [expertId],
    );
    if (!target) throw BadUserInput.field('input.expertId', 'That expert has no member account: forward to a member of the network');
    const mine = request.recipients.find((r) => r.userId === actor.userId);
    const theirs = request.recipients.find((r) => r.userId === target.id);
    if (mine?.state === 'FORWARDED' && theirs?.forwardedById === actor.userId) return id; // a retry
    counterpartRequestAbilities.authorize(actor, 'forward', request);
    if (target.id === actor.userId || target.id === request.requesterId || theirs)
      throw BadUserInput.field('input.expertId', 'That member has this request already');
    await guardTexts(uow, actor, [{ field: 'note', text: note }], input.confirmations, { type: SUBJECT_TYPE, id });
    const now = uow.now.toISOString();
    await uow.em.execute(
      `update counterpart_request_recipient set state = 'FORWARDED', reason = ?, answered_at = ? where request_id = ? and user_id = ?`,
      [note, now, id, actor.userId],
    );
    await uow.em.execute(
      `insert into counterpart_request_recipient (request_id, user_id, position, forwarded_by_id, created_at, remind_at)
         select ?, ?, coalesce(max(position), 0) + 1, ?, ?::timestamptz, ?::timestamptz from counterpart_request_recipient where request_id = ?`,
      [id, target.id, actor.userId, now, remindAt(uow.now), id],
    );
    await uow.em.execute(`update counterpart_request set first_answered_at = coalesce(first_answered_at, ?::timestamptz) where id = ?`, [
      now,
      id,
    ]);
    await tell(uow, id, [target.id], 'COUNTERPART_REQUEST', `${id}:forwarded:${target.id}`);
    await tell(uow, id, [request.requesterId], 'COUNTERPART_REQUEST_UPDATE', `${id}:forward:${actor.userId}`);
    await audit(uow.em, {
      action: 'COUNTERPART_REQUEST_FORWARDED',
      actorId: actor.userId,
      subjectType: SUBJECT_TYPE,
      subjectId: id,
      details: { to: target.id },
    });
    return id;
  });
}

/** A message in the request's thread under the client's id (a retry posts once); the other side is told. */
export async function postCounterpartMessage(deps: CommandDeps, input: PostCounterpartMessageInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  const requestId = parseUuid(input.requestId, 'input.requestId');
  if (!input.body.trim()) throw BadUserInput.field('input.body', 'write a message');
  return runCommand(deps, async (uow) => {
    const request = await lockRequest(uow, actor, requestId);
    const [existing] = await uow.em.execute<{ author_id: string | null; request_id: string }[]>(
      `select author_id, request_id from counterpart_request_message where id = ?`,
      [id],
    );
    if (existing) {
      if (existing.author_id === actor.userId && existing.request_id === requestId) return requestId;
      throw new Conflict('That id is taken: post the message under a new one');
    }
    refuseClosed(request, 'messages');
    counterpartRequestAbilities.authorize(actor, 'post', request);
    await guardTexts(uow, actor, [{ field: 'body', text: input.body }], input.confirmations, { type: SUBJECT_TYPE, id: requestId });
    await uow.em.execute(`insert into counterpart_request_message (id, request_id, author_id, body, created_at) values (?, ?, ?, ?, ?)`, [
      id,
      requestId,
      actor.userId,
      input.body.trim(),
      uow.now.toISOString(),
    ]);
    await tell(uow, requestId, participants(request), 'COUNTERPART_REQUEST_UPDATE', `${requestId}:message:${id}`);
    return requestId;
  });
}

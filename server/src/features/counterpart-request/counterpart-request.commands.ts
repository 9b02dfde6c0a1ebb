import { addWorkingDays, COUNTERPART_REMINDER_WORKING_DAYS } from '@strom/shared';
import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { notify } from '../notification/notify.js';
import { chooseRecipients } from './counterpart-request-recipients.js';
import { lockRequest, participants } from './counterpart-request-load.js';
import type { CloseCounterpartRequestInput, OpenCounterpartRequestInput } from './counterpart-request.inputs.js';
import { counterpartRequestAbilities } from './counterpart-request.policy.js';

export const SUBJECT_TYPE = 'counterpart_request';

/** A recipient added now is reminded after this many working days without an answer. */
export function remindAt(now: Date): string {
  return addWorkingDays(now, COUNTERPART_REMINDER_WORKING_DAYS).toISOString();
}

/** Notices about one request to some of its members, the actor left out by `notify`. */
export async function tell(
  uow: UnitOfWork,
  requestId: string,
  recipientIds: readonly string[],
  kind: 'COUNTERPART_REQUEST' | 'COUNTERPART_REQUEST_UPDATE',
  event: string,
): Promise<void> {
  const actorId = uow.actor.kind === 'member' ? uow.actor.userId : null;
  await notify(
    uow,
    recipientIds.map((recipientId) => ({
      recipientId,
      kind,
      subject: { type: SUBJECT_TYPE, id: requestId },
      context: `counterpart_request:${requestId}`,
      actorId,
      key: `${kind}:${event}`,
    })),
  );
}

/**
 * Opens a request under the client's id (a retry opens it once) and sends it to the counterparts the ranking
 * proposes, the contact point first. A place where nobody in the network can answer is refused, naming the place.
 */
export async function openCounterpartRequest(deps: CommandDeps, input: OpenCounterpartRequestInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  if (!input.municipalityId === !input.countryCode)
    throw BadUserInput.field('input.municipalityId', 'Ask either a municipality or a country');
  const municipalityId = input.municipalityId ? parseUuid(input.municipalityId, 'input.municipalityId') : null;
  if (municipalityId !== null && municipalityId === actor.municipalityId)
    throw BadUserInput.field('input.municipalityId', 'Ask another municipality than your own');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const [existing] = await em.execute<{ requester_id: string }[]>(`select requester_id from counterpart_request where id = ?`, [id]);
    if (existing) {
      if (existing.requester_id === actor.userId) return id; // the retry of an open that already happened
      throw new Conflict('That id is taken: open the request under a new one');
    }
    const [place] = await em.execute<{ country_code: string | null; name: string | null }[]>(
      municipalityId
        ? `select country_code, name from municipality where id = ?`
        : `select code as country_code, name from country where code = ?`,
      [municipalityId ?? input.countryCode],
    );
    const field = municipalityId ? 'input.municipalityId' : 'input.countryCode';
    if (!place?.country_code)
      throw BadUserInput.field(field, municipalityId ? 'There is no such municipality' : 'There is no such country');
    await guardTexts(uow, actor, [{ field: 'message', text: input.message }], input.confirmations, { type: SUBJECT_TYPE, id });
    const toCountry = place.country_code.trim();
    const recipients = await chooseRecipients(em, { municipalityId, countryCode: toCountry, role: input.role ?? null }, actor.userId);
    if (recipients.length === 0)
      throw BadUserInput.field(field, `Nobody in ${place.name} is a member of the network yet: ask their national coordinator instead`);
    const now = uow.now.toISOString();
    await em.execute(
      `insert into counterpart_request (id, requester_id, from_country_code, from_municipality_id, to_country_code, to_municipality_id,
         role, form_of_exploitation, target_group, service, urgency, message, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        actor.userId,
        actor.countryCode,
        actor.municipalityId,
        toCountry,
        municipalityId,
        input.role ?? null,
        input.formOfExploitation,
        input.targetGroup,
        input.service,
        input.urgency,
        input.message.trim(),
        now,
      ],
    );
    await em.execute(
      `insert into counterpart_request_recipient (request_id, user_id, position, created_at, remind_at)
         select ?, r.user_id::uuid, r.position, ?::timestamptz, ?::timestamptz from unnest(?::text[]) with ordinality as r(user_id, position)`,
      [id, now, remindAt(uow.now), `{${recipients.join(',')}}`],
    );
    await tell(uow, id, recipients, 'COUNTERPART_REQUEST', `${id}:opened`);
    await audit(em, {
      action: 'COUNTERPART_REQUEST_OPENED',
      actorId: actor.userId,
      subjectType: SUBJECT_TYPE,
      subjectId: id,
      details: { from: actor.countryCode, to: toCountry, recipients: recipients.length },
    });
    return id;
  });
}

/** The requester closes a request with its outcome; closing again with the same outcome (a retry) changes nothing. */
export async function closeCounterpartRequest(deps: CommandDeps, input: CloseCounterpartRequestInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.requestId, 'input.requestId');
  return runCommand(deps, async (uow) => {
    const request = await lockRequest(uow, actor, id);
    counterpartRequestAbilities.authorize(actor, 'close', request);
    if (request.status === 'CLOSED') {
      if (request.outcome === input.outcome) return id;
      throw new Conflict('This request is closed already, with another outcome');
    }
    await uow.em.execute(`update counterpart_request set status = 'CLOSED', outcome = ?, closed_at = ? where id = ?`, [
      input.outcome,
      uow.now.toISOString(),
      id,
    ]);
    await tell(uow, id, participants(request), 'COUNTERPART_REQUEST_UPDATE', `${id}:closed`);
    await audit(uow.em, {
      action: 'COUNTERPART_REQUEST_CLOSED',
      actorId: actor.userId,
      subjectType: SUBJECT_TYPE,
      subjectId: id,
      details: { outcome: input.outcome },
    });
    return id;
  });
}

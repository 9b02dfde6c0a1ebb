import type { CounterpartRecipientState, CounterpartRequestStatus, CounterpartOutcome } from '@strom/shared';
import { Conflict, NotFound } from '../../core/errors.js';
import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { counterpartRequestAbilities, type CounterpartRequestSubject } from './counterpart-request.policy.js';

export interface LockedRequest extends CounterpartRequestSubject {
  id: string;
  outcome: CounterpartOutcome | null;
  recipients: { userId: string; state: CounterpartRecipientState; forwardedById: string | null }[];
}

interface LockedRow {
  requester_id: string;
  from_country_code: string;
  to_country_code: string;
  status: CounterpartRequestStatus;
  outcome: CounterpartOutcome | null;
  recipients: { userId: string; state: CounterpartRecipientState; forwardedById: string | null }[];
}

/**
 * A request a command changes, locked for the transaction, with its recipients; NOT_FOUND unless the actor may
 * read it (an outsider learns nothing of its existence).
 */
export async function lockRequest(uow: UnitOfWork, actor: MemberViewer, id: string): Promise<LockedRequest> {
  const [row] = await uow.em.execute<LockedRow[]>(
    `select r.requester_id, r.from_country_code, r.to_country_code, r.status, r.outcome,
        coalesce((select json_agg(json_build_object('userId', x.user_id, 'state', x.state, 'forwardedById', x.forwarded_by_id)
          order by x.position) from counterpart_request_recipient x where x.request_id = r.id), '[]'::json) as recipients
       from counterpart_request r where r.id = ? for update`,
    [id],
  );
  if (!row) throw new NotFound('The request');
  const request: LockedRequest = {
    id,
    requesterId: row.requester_id,
    recipients: row.recipients,
    fromCountryCode: row.from_country_code.trim(),
    toCountryCode: row.to_country_code.trim(),
    status: row.status,
    outcome: row.outcome,
  };
  if (!counterpartRequestAbilities.can(actor, 'read', request)) throw new NotFound('The request');
  return request;
}

/** A closed request takes no more answers, forwards or messages. */
export function refuseClosed(request: LockedRequest, what: string): void {
  if (request.status === 'CLOSED') throw new Conflict(`This request is closed: it takes no more ${what}`);
}

/** Everyone on the two sides still taking part: the requester and recipients who did not decline or forward. */
export function participants(request: LockedRequest): string[] {
  const active = request.recipients.filter((r) => r.state === 'PENDING' || r.state === 'ACCEPTED').map((r) => r.userId);
  return [...new Set([request.requesterId, ...active])];
}

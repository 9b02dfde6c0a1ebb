import type {
  CounterpartOutcome,
  CounterpartRecipientState,
  CounterpartRequestStatus,
  CounterpartUrgency,
  FormOfExploitation,
  ServiceKind,
  TargetGroup,
} from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { counterpartRequestAbilities, type CounterpartRequestSubject } from './counterpart-request.policy.js';
import type { CounterpartRequest } from './counterpart-request.types.js';

/** A member's name as the other side sees it: the profile's name and organisation, nothing of the account. */
const party = (user: string) => `(select json_build_object('userId', u.id, 'name', coalesce(e.full_name, 'A member'),
    'organisationName', o.name, 'expertId', e.id) from app_user u left join expert e on e.id = u.expert_id
    left join organisation o on o.id = e.organisation_id where u.id = ${user})`;

/** One request with its places, both sides and its thread, as one row: list and detail are one statement each. */
export const REQUEST_COLUMNS = `r.id, r.requester_id, r.status, r.outcome, r.urgency, r.form_of_exploitation, r.target_group,
  r.service, r.role, r.message, r.from_country_code, fc.name as from_country_name, fm.name as from_municipality_name,
  r.to_country_code, tc.name as to_country_name, r.to_municipality_id, tm.name as to_municipality_name,
  r.created_at, r.first_answered_at, r.closed_at, ${party('r.requester_id')} as requester,
  coalesce((select json_agg(json_build_object('party', ${party('x.user_id')}, 'state', x.state, 'reason', x.reason,
      'answeredAt', x.answered_at, 'forwardedByName', (select coalesce(fe.full_name, 'A member') from app_user fu
        left join expert fe on fe.id = fu.expert_id where fu.id = x.forwarded_by_id)) order by x.position)
    from counterpart_request_recipient x where x.request_id = r.id), '[]'::json) as recipients,
  coalesce((select json_agg(json_build_object('id', g.id, 'authorId', g.author_id, 'authorName',
      coalesce((select ge.full_name from app_user gu join expert ge on ge.id = gu.expert_id where gu.id = g.author_id), 'A member'),
      'body', g.body, 'createdAt', g.created_at) order by g.created_at, g.id)
    from counterpart_request_message g where g.request_id = r.id), '[]'::json) as messages`;

export const REQUEST_FROM = `counterpart_request r join country fc on fc.code = r.from_country_code
  join country tc on tc.code = r.to_country_code left join municipality fm on fm.id = r.from_municipality_id
  left join municipality tm on tm.id = r.to_municipality_id`;

interface PartyJson {
  userId: string;
  name: string;
  organisationName: string | null;
  expertId: string | null;
}

export interface CounterpartRequestRow {
  id: string;
  requester_id: string;
  status: CounterpartRequestStatus;
  outcome: CounterpartOutcome | null;
  urgency: CounterpartUrgency;
  form_of_exploitation: FormOfExploitation;
  target_group: TargetGroup;
  service: ServiceKind;
  role: RoleKey | null;
  message: string;
  from_country_code: string;
  from_country_name: string;
  from_municipality_name: string | null;
  to_country_code: string;
  to_country_name: string;
  to_municipality_id: string | null;
  to_municipality_name: string | null;
  created_at: Date | string;
  first_answered_at: Date | string | null;
  closed_at: Date | string | null;
  requester: PartyJson;
  recipients: {
    party: PartyJson;
    state: CounterpartRecipientState;
    reason: string | null;
    answeredAt: string | null;
    forwardedByName: string | null;
  }[];
  messages: { id: string; authorId: string | null; authorName: string; body: string; createdAt: string }[];
}

const date = (value: Date | string) => new Date(value);
const maybeDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** What the policy reads of a row. */
export function subjectOf(
  row: Pick<CounterpartRequestRow, 'requester_id' | 'recipients' | 'from_country_code' | 'to_country_code' | 'status'>,
): CounterpartRequestSubject {
  return {
    requesterId: row.requester_id,
    recipients: row.recipients.map((r) => ({ userId: r.party.userId, state: r.state })),
    fromCountryCode: row.from_country_code.trim(),
    toCountryCode: row.to_country_code.trim(),
    status: row.status,
  };
}

export function toCounterpartRequest(row: CounterpartRequestRow, viewer: Viewer): CounterpartRequest {
  const viewerId = viewer.kind === 'member' ? viewer.userId : null;
  const subject = subjectOf(row);
  const can = counterpartRequestAbilities.permissions(viewer, subject);
  const open = row.status !== 'CLOSED';
  const partyOf = (p: PartyJson) => ({
    name: p.name,
    organisationName: p.organisationName,
    expertId: p.expertId,
    isViewer: p.userId === viewerId,
  });
  return {
    id: row.id,
    status: row.status,
    outcome: row.outcome,
    urgency: row.urgency,
    formOfExploitation: row.form_of_exploitation,
    targetGroup: row.target_group,
    service: row.service,
    role: row.role,
    message: row.message,
    fromCountryCode: row.from_country_code.trim(),
    fromCountryName: row.from_country_name,
    fromMunicipalityName: row.from_municipality_name,
    toCountryCode: row.to_country_code.trim(),
    toCountryName: row.to_country_name,
    toMunicipalityId: row.to_municipality_id,
    toMunicipalityName: row.to_municipality_name,
    requester: partyOf(row.requester),
    recipients: row.recipients.map((r) => ({
      ...partyOf(r.party),
      state: r.state,
      reason: r.reason,
      answeredAt: r.answeredAt === null ? null : new Date(r.answeredAt),
      forwardedByName: r.forwardedByName,
    })),
    messages: row.messages.map((m) => ({
      id: m.id,
      authorName: m.authorName,
      mine: m.authorId === viewerId,
      body: m.body,
      createdAt: new Date(m.createdAt),
    })),
    awaitingViewer: open && can.answer,
    // A closed request takes no more answers or messages: the UI offers none.
    viewerCan: { answer: open && can.answer, forward: open && can.forward, post: open && can.post, close: open && can.close },
    createdAt: date(row.created_at),
    firstAnsweredAt: maybeDate(row.first_answered_at),
    closedAt: maybeDate(row.closed_at),
  };
}

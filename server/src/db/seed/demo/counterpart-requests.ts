import type {
  CounterpartOutcome,
  CounterpartRecipientState,
  CounterpartRequestStatus,
  CounterpartUrgency,
  FormOfExploitation,
  ServiceKind,
  TargetGroup,
} from '@strom/shared';
import type { Em } from '../../orm.js';
import { municipalityId } from '../reference-data.js';
import { stableId } from '../stable-id.js';

interface DemoRecipient {
  email: string;
  state: CounterpartRecipientState;
  reason?: string;
  answeredAt?: string;
}

interface DemoRequest {
  key: string;
  requester: string;
  from: [string, string];
  to: [string, string];
  service: ServiceKind;
  formOfExploitation: FormOfExploitation;
  targetGroup: TargetGroup;
  urgency: CounterpartUrgency;
  message: string;
  createdAt: string;
  status: CounterpartRequestStatus;
  outcome: CounterpartOutcome | null;
  recipients: DemoRecipient[];
  messages: { by: string; body: string; at: string }[];
}

const demo = (name: string) => `${name}@demo.strom.invalid`;

/** Three requests in different states, between municipalities whose contact points have demo accounts; no victim data. */
const REQUESTS: DemoRequest[] = [
  {
    key: 'pl-lv-open',
    requester: demo('member.pl'),
    from: ['PL', 'Gdańsk'],
    to: ['LV', 'Riga'],
    service: 'SAFE_RETURN',
    formOfExploitation: 'LABOUR_EXPLOITATION',
    targetGroup: 'ADULT_MEN',
    urgency: 'SOON',
    message: 'A man identified at a construction site here wishes to return to Riga. Who can meet him and arrange follow-up?',
    createdAt: '2026-10-27T10:00:00Z',
    status: 'OPEN',
    outcome: null,
    recipients: [{ email: demo('contact.riga'), state: 'PENDING' }],
    messages: [],
  },
  {
    key: 'lv-lt-accepted',
    requester: demo('member.lv'),
    from: ['LV', 'Liepāja'],
    to: ['LT', 'Kaunas'],
    service: 'SAFE_ACCOMMODATION',
    formOfExploitation: 'SEXUAL_EXPLOITATION',
    targetGroup: 'ADULT_WOMEN',
    urgency: 'URGENT',
    message: 'We need safe accommodation in Kaunas for a woman who wants to continue assistance there. Can you take over?',
    createdAt: '2026-10-20T08:30:00Z',
    status: 'ACCEPTED',
    outcome: null,
    recipients: [{ email: demo('contact.kaunas'), state: 'ACCEPTED', answeredAt: '2026-10-20T14:10:00Z' }],
    messages: [
      {
        by: demo('contact.kaunas'),
        body: 'Yes, our crisis centre has a place. Please call our case manager before travel.',
        at: '2026-10-20T14:12:00Z',
      },
      { by: demo('member.lv'), body: 'Thank you, we will call tomorrow morning.', at: '2026-10-20T15:00:00Z' },
    ],
  },
  {
    key: 'lv-ee-closed',
    requester: demo('member.lv'),
    from: ['LV', 'Liepāja'],
    to: ['EE', 'Narva'],
    service: 'INTERPRETATION',
    formOfExploitation: 'FORCED_CRIMINALITY',
    targetGroup: 'CHILDREN',
    urgency: 'ROUTINE',
    message: 'Looking for a partner in Narva to support a Russian-speaking family during a transfer; interpretation needed.',
    createdAt: '2026-10-05T09:00:00Z',
    status: 'CLOSED',
    outcome: 'NO_CAPACITY',
    recipients: [
      {
        email: demo('contact.narva'),
        state: 'DECLINED',
        reason: 'No interpreter available this month.',
        answeredAt: '2026-10-07T11:00:00Z',
      },
    ],
    messages: [],
  },
];

const user = (email: string) => stableId(`user:${email}`);

/** Seeds the demo requests (deterministic ids; run again it changes nothing). */
export async function seedDemoCounterpartRequests(em: Em): Promise<void> {
  for (const request of REQUESTS) {
    const id = stableId(`counterpart-request:${request.key}`);
    const answered = request.recipients.flatMap((r) => (r.answeredAt ? [r.answeredAt] : [])).toSorted()[0] ?? null;
    await em.execute(
      `insert into counterpart_request (id, requester_id, from_country_code, from_municipality_id, to_country_code, to_municipality_id,
         form_of_exploitation, target_group, service, urgency, message, status, outcome, created_at, first_answered_at, closed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [
        id,
        user(request.requester),
        request.from[0],
        municipalityId(...request.from),
        request.to[0],
        municipalityId(...request.to),
        request.formOfExploitation,
        request.targetGroup,
        request.service,
        request.urgency,
        request.message,
        request.status,
        request.outcome,
        request.createdAt,
        answered,
        request.status === 'CLOSED' ? '2026-10-08T09:00:00Z' : null,
      ],
    );
    for (const [index, recipient] of request.recipients.entries()) {
      // The demo's unanswered request counts as reminded already: starting the demo sends no reminder of the past.
      await em.execute(
        `insert into counterpart_request_recipient (request_id, user_id, position, state, reason, created_at, answered_at, remind_at, reminded_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
        [
          id,
          user(recipient.email),
          index + 1,
          recipient.state,
          recipient.reason ?? null,
          request.createdAt,
          recipient.answeredAt ?? null,
          request.createdAt,
          request.createdAt,
        ],
      );
    }
    for (const [index, message] of request.messages.entries()) {
      await em.execute(
        `insert into counterpart_request_message (id, request_id, author_id, body, created_at) values (?, ?, ?, ?, ?) on conflict do nothing`,
        [stableId(`counterpart-message:${request.key}:${index}`), id, user(message.by), message.body, message.at],
      );
    }
  }
}

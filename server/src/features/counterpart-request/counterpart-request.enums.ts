import { COUNTERPART_OUTCOMES, COUNTERPART_RECIPIENT_STATES, COUNTERPART_REQUEST_STATUSES, COUNTERPART_URGENCIES } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CounterpartUrgency = enumOf(COUNTERPART_URGENCIES);
export const CounterpartOutcome = enumOf(COUNTERPART_OUTCOMES);
export const CounterpartRequestStatus = enumOf(COUNTERPART_REQUEST_STATUSES);
export const CounterpartRecipientState = enumOf(COUNTERPART_RECIPIENT_STATES);
export const CounterpartAnswer = { ACCEPT: 'ACCEPT', DECLINE: 'DECLINE' } as const;
export type CounterpartAnswer = keyof typeof CounterpartAnswer;
export const CounterpartRequestBox = {
  AWAITING_ME: 'AWAITING_ME',
  INCOMING: 'INCOMING',
  OUTGOING: 'OUTGOING',
  OVERSEEN: 'OVERSEEN',
} as const;
export type CounterpartRequestBox = keyof typeof CounterpartRequestBox;

registerEnumType(CounterpartUrgency, { name: 'CounterpartUrgency', description: 'How soon the requester needs an answer' });
registerEnumType(CounterpartOutcome, {
  name: 'CounterpartOutcome',
  description: 'How a request ended: REFERRED (the other side took over), NOT_NEEDED, NO_CAPACITY',
});
registerEnumType(CounterpartRequestStatus, {
  name: 'CounterpartRequestStatus',
  description: 'OPEN until a recipient accepts, ACCEPTED, CLOSED with an outcome',
});
registerEnumType(CounterpartRecipientState, {
  name: 'CounterpartRecipientState',
  description: "One recipient's answer: PENDING, ACCEPTED, DECLINED (with a reason), FORWARDED (to someone else)",
});
registerEnumType(CounterpartAnswer, { name: 'CounterpartAnswer' });
registerEnumType(CounterpartRequestBox, {
  name: 'CounterpartRequestBox',
  description:
    'AWAITING_ME: open requests whose answer you owe; INCOMING: sent to you; OUTGOING: yours; OVERSEEN: every request you may see (coordinators and admins)',
});

import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// Counterpart requests' rows of the authorization matrix. Who sees and answers which request is proven in
// features/counterpart-request/counterpart-request.test.ts; here every root field refuses whom it must and lets the
// others through to their own checks, probed with unknown ids (NOT_FOUND, or a refused place), which change nothing.

/** The statistics: TF-THB members (the demo's coordinators and admin hold seats), coordinators and admins with two-factor. */
const TASK_FORCE: Role[] = ['coordinatorA', 'coordinatorB', 'admin'];
const none = () => ({});

const request = (unknownId: string) => ({
  id: unknownId,
  municipalityId: unknownId,
  formOfExploitation: 'LABOUR_EXPLOITATION',
  targetGroup: 'ADULT_MEN',
  service: 'SAFE_RETURN',
  urgency: 'SOON',
  message: 'Matrix request: who takes over a safe return?',
  confirmations: [],
});

export const COUNTERPART_REQUEST_MATRIX: MatrixCase[] = [
  {
    field: 'Query.counterpartRequests',
    document: `{ counterpartRequests(box: INCOMING, first: 5) { totalCount edges { node { id } } } }`,
    allowed: MEMBERS,
    variables: none,
  },
  {
    field: 'Query.counterpartRequest',
    document: `query ($id: ID!) { counterpartRequest(id: $id) { id } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.counterpartRequest === null, 'an unknown request was found'),
  },
  {
    field: 'Query.counterpartRequestStatistics',
    document: `{ counterpartRequestStatistics { requests pairs { requests } } }`,
    allowed: TASK_FORCE,
    variables: none,
  },
  {
    // An unknown municipality: refused as bad input before anything is written.
    field: 'Mutation.openCounterpartRequest',
    document: `mutation ($input: OpenCounterpartRequestInput!) { openCounterpartRequest(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: request(t.unknownId) }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.answerCounterpartRequest',
    document: `mutation ($input: AnswerCounterpartRequestInput!) { answerCounterpartRequest(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { requestId: t.unknownId, answer: 'ACCEPT', confirmations: [] } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.forwardCounterpartRequest',
    document: `mutation ($input: ForwardCounterpartRequestInput!) { forwardCounterpartRequest(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { requestId: t.unknownId, expertId: t.lvExpertId, confirmations: [] } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.postCounterpartMessage',
    document: `mutation ($input: PostCounterpartMessageInput!) { postCounterpartMessage(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { id: t.unknownId, requestId: t.unknownId, body: 'Matrix message', confirmations: [] } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.closeCounterpartRequest',
    document: `mutation ($input: CloseCounterpartRequestInput!) { closeCounterpartRequest(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { requestId: t.unknownId, outcome: 'REFERRED' } }),
    expectAllowed: 'NOT_FOUND',
  },
];

/** The statistics need a TF-THB seat or two-factor steering powers: refused to plain members and to those without two-factor. */
export const COUNTERPART_REQUEST_POWERS = COUNTERPART_REQUEST_MATRIX.filter((c) => c.allowed === TASK_FORCE).map((c) => c.field);

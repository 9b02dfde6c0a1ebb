import type { MatrixCase } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The prevention catalogue's rows of the authorization matrix. Who edits and deletes which activity is proven in
// features/prevention/prevention.test.ts; here every root field refuses whom it must and lets the others through to
// their own checks (probed with unknown ids, which change nothing).

const ACTIVITY = {
  title: 'Matrix activity',
  description: 'Workshops on job offers abroad in the matrix test.',
  targetGroups: ['CHILDREN'],
  formsOfExploitation: ['LABOUR_EXPLOITATION'],
  scope: { level: 'NATIONAL', countryCode: 'LV' },
  startsOn: '2026-01-01',
  partnerIds: [],
  materials: [],
  confirmations: [],
};

export const PREVENTION_MATRIX: MatrixCase[] = [
  {
    field: 'Query.preventionActivities',
    document: `{ preventionActivities(first: 5) { totalCount edges { node { id } } } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.preventionActivities.totalCount > 0, 'a member sees no demo activity'),
  },
  {
    field: 'Query.preventionPlaces',
    document: `{ preventionPlaces(filter: { countryCode: "LV" }) { municipality { id } activityCount } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.preventionPlaces.length > 0, 'a member sees no place of the Latvian demo activities'),
  },
  {
    field: 'Query.preventionActivity',
    document: `query ($id: ID!) { preventionActivity(id: $id) { id } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.preventionActivity === null, 'an unknown activity was found'),
  },
  {
    // Refused viewers try a real save; allowed ones change an unknown activity (NOT_FOUND, nothing written).
    field: 'Mutation.savePreventionActivity',
    document: `mutation ($input: SavePreventionActivityInput!) { savePreventionActivity(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { ...ACTIVITY, id: t.unknownId } }),
    probe: (t) => ({ input: { ...ACTIVITY, id: t.unknownId, expectedVersion: 1 } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.deletePreventionActivity',
    document: `mutation ($id: ID!) { deletePreventionActivity(id: $id) }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
];

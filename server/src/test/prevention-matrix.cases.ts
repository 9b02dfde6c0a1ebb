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
    // Everyone reads the catalogue: members all of it, the signed-out and the suspended only its PUBLIC activities.
    field: 'Query.preventionActivities',
    document: `{ preventionActivities(first: 50) { totalCount edges { node { visibility authorName } } } }`,
    allowed: EVERYONE,
    variables: () => ({}),
    check: (data, role) => {
      const nodes = data.preventionActivities.edges.map((edge: { node: { visibility: string; authorName: string | null } }) => edge.node);
      const outsider = !MEMBERS.includes(role);
      expectTrue(nodes.length > 0, `${role} sees no demo activity`);
      expectTrue(
        nodes.some((node: { visibility: string }) => node.visibility === 'NETWORK') !== outsider,
        `${role} sees the wrong activities`,
      );
      if (outsider)
        expectTrue(
          nodes.every((node: { authorName: string | null }) => node.authorName === null),
          `${role} sees who added one`,
        );
    },
  },
  {
    field: 'Query.preventionPlaces',
    document: `{ preventionPlaces(filter: { countryCode: "LV" }) { municipality { name } activityCount } }`,
    allowed: EVERYONE,
    variables: () => ({}),
    // Riga's activity is for members; Liepāja's is public.
    check: (data, role) => {
      const names = data.preventionPlaces.map((place: { municipality: { name: string } }) => place.municipality.name);
      expectTrue(names.includes('Liepāja'), `${role} sees no place of the public Latvian activity`);
      expectTrue(names.includes('Riga') === MEMBERS.includes(role), `${role} sees the wrong Latvian places`);
    },
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

import { randomUUID } from 'node:crypto';
import { municipalityId } from '../db/seed/reference-data.js';
import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { MEMBERS, expectTrue } from './matrix-roles.js';

// The guidelines tracker's rows of the authorization matrix, on Jelgava (Latvia; none of the matrix's members is its
// contact point). Both coordinators hold a TF-THB seat in the demo, so both read trackers; only Latvia's edits
// Jelgava's. Allowed writers are probed past the rules into a stale version or an unknown action point.

const JELGAVA = municipalityId('LV', 'Jelgava');
/** Latvia's coordinator, the TF-THB members (both coordinators) and admins, with two-factor. */
const READERS: Role[] = ['coordinatorA', 'coordinatorB', 'admin'];
const LV_EDITORS: Role[] = ['coordinatorA', 'admin'];

export const GUIDELINE_MATRIX: MatrixCase[] = [
  {
    field: 'Query.guidelineActionPoints',
    document: `{ guidelineActionPoints { key label } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.guidelineActionPoints.length === 23, 'the 23 action points of the guidelines'),
  },
  {
    field: 'Query.guidelineProgress',
    document: `query ($m: ID!) { guidelineProgress(municipalityId: $m) { items { status } viewerCan { edit } } }`,
    allowed: READERS,
    variables: () => ({ m: JELGAVA }),
    check: (data, role) => {
      expectTrue(data.guidelineProgress.items.length === 23, 'every action point has a row');
      expectTrue(data.guidelineProgress.viewerCan.edit === LV_EDITORS.includes(role), `${role}'s edit right as the server has it`);
    },
  },
  {
    field: 'Query.guidelineCountryProgress',
    document: `query ($c: String!) { guidelineCountryProgress(countryCode: $c) { rows { municipality { id } } } }`,
    allowed: READERS,
    variables: () => ({ c: 'LV' }),
    check: (data) => expectTrue(data.guidelineCountryProgress.rows.length > 0, 'Latvia’s tracked municipalities'),
  },
  {
    field: 'Query.guidelineRegionProgress',
    document: `{ guidelineRegionProgress { countryCode municipalities } }`,
    allowed: READERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.guidelineRegionProgress.length > 1, 'countries compared'),
  },
  {
    field: 'Query.guidelineImplementationMap',
    document: `{ guidelineImplementationMap { municipality { id name } counts { level } } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data, role) => {
      const names = (data.guidelineImplementationMap as { municipality: { name: string } }[]).map((row) => row.municipality.name);
      // Members see the places whose contact point they are, and nothing of anyone else's tracker.
      if (role === 'memberA') expectTrue(names.join() === 'Liepāja', `member A saw ${names.join()}`);
      if (['moderator', 'coordinatorWithoutTwoFactor', 'adminWithoutTwoFactor'].includes(role))
        expectTrue(names.length === 0, `${role} saw trackers`);
    },
  },
  {
    field: 'Query.guidelineReminders',
    document: `{ guidelineReminders { municipality { name } actionPoint { key } } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data, role) => {
      const places = new Set((data.guidelineReminders as { municipality: { name: string } }[]).map((r) => r.municipality.name));
      if (role !== 'memberA' && role !== 'memberB') expectTrue(places.size === 0, `${role} is no contact point`);
      if (role === 'memberA') expectTrue([...places].join() === 'Liepāja', 'member A is reminded of Liepāja only');
    },
  },
  {
    field: 'Mutation.setGuidelineStatus',
    document: `mutation ($input: SetGuidelineStatusInput!) { setGuidelineStatus(input: $input) { id } }`,
    allowed: LV_EDITORS,
    variables: (t) => ({
      input: { clientId: t.unknownId, municipalityId: JELGAVA, actionPointKey: 'AP01', expectedVersion: 1, status: 'IN_PLACE' },
    }),
    probe: (t) => ({
      input: { clientId: t.unknownId, municipalityId: JELGAVA, actionPointKey: 'AP01', expectedVersion: 999, status: 'IN_PLACE' },
    }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.updateGuidelineActionPoint',
    document: `mutation ($input: UpdateGuidelineActionPointInput!) { updateGuidelineActionPoint(input: $input) { key } }`,
    allowed: ['admin'],
    variables: () => ({ input: { key: 'AP01', expectedVersion: 1, label: 'Matrix', translations: [] } }),
    probe: () => ({ input: { key: 'ZZ99', expectedVersion: 1, label: 'Matrix', translations: [] } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.createGuidelineActionPoint',
    document: `mutation ($input: CreateGuidelineActionPointInput!) { createGuidelineActionPoint(input: $input) { key } }`,
    allowed: ['admin'],
    variables: () => ({ input: { clientId: randomUUID(), theme: 'matrix', chapter: 'CH3', label: 'Matrix', translations: [] } }),
    // A blank theme is refused after the admin check: nothing is added.
    probe: () => ({ input: { clientId: randomUUID(), theme: ' ', chapter: 'CH3', label: 'Matrix', translations: [] } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.retireGuidelineActionPoint',
    document: `mutation ($input: RetireGuidelineActionPointInput!) { retireGuidelineActionPoint(input: $input) { key } }`,
    allowed: ['admin'],
    variables: () => ({ input: { key: 'AP01', expectedVersion: 1, retired: true } }),
    probe: () => ({ input: { key: 'ZZ99', expectedVersion: 1, retired: true } }),
    expectAllowed: 'NOT_FOUND',
  },
];

/** Refused without two-factor (and to plain members): for the matrix test's two-factor row. */
export const GUIDELINE_POWERS = GUIDELINE_MATRIX.filter((c) => c.allowed !== MEMBERS).map((c) => c.field);

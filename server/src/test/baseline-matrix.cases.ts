import { randomUUID } from 'node:crypto';
import { municipalityId } from '../db/seed/reference-data.js';
import { stableId } from '../db/seed/stable-id.js';
import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { EVERYONE, expectTrue } from './matrix-roles.js';

// The baseline assessment rows of the authorization matrix, on Jelgava's demo assessment of 2026 (Latvia, submitted and
// waiting for its coordinator; none of the matrix's members is Jelgava's contact point). Allowed viewers are probed
// with a stale version, so nothing changes.

const JELGAVA = municipalityId('LV', 'Jelgava');
const ASSESSMENT = stableId('baseline:LV:Jelgava:2026');
/** Latvia's coordinator and admins (with two-factor): they answer, accept and reopen Latvian assessments. */
const LV_STEERS: Role[] = ['coordinatorA', 'admin'];
/** Readers of a Latvian assessment: besides those, the demo's TF-THB seats (every STROM coordinator holds one). */
const READERS: Role[] = ['coordinatorA', 'coordinatorB', 'admin'];

const transition = (name: string): MatrixCase => ({
  field: `Mutation.${name}`,
  document: `mutation ($input: BaselineTransitionInput!) { ${name}(input: $input) { id } }`,
  allowed: LV_STEERS,
  variables: () => ({ input: { clientId: randomUUID(), assessmentId: ASSESSMENT, expectedVersion: 2 } }),
  probe: () => ({ input: { clientId: randomUUID(), assessmentId: ASSESSMENT, expectedVersion: 999 } }),
  expectAllowed: 'CONFLICT',
});

export const BASELINE_MATRIX: MatrixCase[] = [
  {
    field: 'Query.baselineQuestions',
    document: `{ baselineQuestions { key parts { kind } } }`,
    allowed: EVERYONE,
    variables: () => ({}),
    check: (data) => expectTrue(data.baselineQuestions.length === 20, 'the questionnaire has its 20 questions'),
  },
  {
    field: 'Query.baselineAssessment',
    document: `query ($m: ID!) { baselineAssessment(municipalityId: $m, year: 2026) { status viewerCan { accept edit } } }`,
    allowed: READERS,
    variables: () => ({ m: JELGAVA }),
    check: (data, role) => {
      expectTrue(data.baselineAssessment.status === 'SUBMITTED', 'the demo assessment waits for review');
      expectTrue(
        data.baselineAssessment.viewerCan.accept === LV_STEERS.includes(role),
        `${role} is offered to accept exactly when allowed`,
      );
      expectTrue(data.baselineAssessment.viewerCan.edit === false, 'a submitted assessment is not edited');
    },
  },
  {
    field: 'Query.baselineComparison',
    document: `query ($m: ID!) { baselineComparison(municipalityId: $m, from: 2024, to: 2026) { from { year } to { year } } }`,
    allowed: READERS,
    variables: () => ({ m: JELGAVA }),
    check: (data) =>
      expectTrue(data.baselineComparison.from.year === 2024 && data.baselineComparison.to.year === 2026, 'both years compared'),
  },
  {
    field: 'Query.baselineCountryReport',
    document: `{ baselineCountryReport(countryCode: "LV", year: 2026) { counted } }`,
    allowed: READERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.baselineCountryReport.counted === 2, 'submitted and accepted assessments counted, the draft not'),
  },
  {
    field: 'Query.baselineRegion',
    document: `{ baselineRegion(question: "BQ05", year: 2026) { countryCode counted } }`,
    allowed: READERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.baselineRegion.length === 3, 'the three countries with demo assessments'),
  },
  {
    field: 'Query.baselineRegionComparison',
    document: `{ baselineRegionComparison(year: 2026) { countryCode question part counts { count } } }`,
    allowed: READERS,
    variables: () => ({}),
    check: (data) =>
      expectTrue(
        new Set(data.baselineRegionComparison.map((r: any) => r.countryCode)).size === 3,
        'the three countries with demo assessments counted',
      ),
  },
  {
    field: 'Mutation.saveBaselineDraft',
    document: `mutation ($input: SaveBaselineDraftInput!) { saveBaselineDraft(input: $input) { id } }`,
    allowed: LV_STEERS,
    variables: () => ({ input: { clientId: randomUUID(), municipalityId: JELGAVA, year: 2026, expectedVersion: 2, answers: [] } }),
    probe: () => ({ input: { clientId: randomUUID(), municipalityId: JELGAVA, year: 2026, expectedVersion: 999, answers: [] } }),
    expectAllowed: 'CONFLICT',
  },
  transition('submitBaseline'),
  transition('acceptBaseline'),
  transition('reopenBaseline'),
];

/** Every baseline field refused to plain members, and so to coordinators and admins without two-factor. */
export const BASELINE_POWERS = BASELINE_MATRIX.filter((c) => !c.allowed.includes('memberA')).map((c) => c.field);

import { randomUUID } from 'node:crypto';
import { municipalityId } from '../db/seed/reference-data.js';
import { stableId } from '../db/seed/stable-id.js';
import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The referral pathway rows of the authorization matrix, on Jelgava's demo pathway (Latvia, members-only, published
// version 2 of 2; none of the matrix's members is its contact point). Allowed viewers are probed past the rules into a
// stale version or an unknown id, so nothing changes.

const JELGAVA = municipalityId('LV', 'Jelgava');
const PATHWAY = stableId('pathway:LV:Jelgava');
const UNKNOWN_PATHWAY = '00000000-0000-4000-8000-000000000000';
/** Who edits a Latvian pathway that is not theirs as contact point: Latvia's coordinator and admins, with two-factor. */
const LV_EDITORS: Role[] = ['coordinatorA', 'admin'];
const isAnonymous = (role: Role) => role === 'anonymous' || role === 'suspended';

export const PATHWAY_MATRIX: MatrixCase[] = [
  {
    field: 'Query.referralPathway',
    document: `query ($m: ID) { referralPathway(municipalityId: $m) { published { number steps { contact { fullName } } } draft { number } } }`,
    allowed: EVERYONE,
    variables: () => ({ m: JELGAVA }),
    check: (data, role) => {
      if (isAnonymous(role)) return expectTrue(data.referralPathway === null, 'a members-only pathway reached an anonymous viewer');
      expectTrue(data.referralPathway.published.number === 2, 'members read the published version');
      // Plain members (and the two without two-factor) never see a draft; its editors do.
      if (LV_EDITORS.includes(role)) expectTrue(data.referralPathway.draft?.number === 2, 'its editors read the draft');
      if (['memberA', 'memberB', 'coordinatorWithoutTwoFactor', 'adminWithoutTwoFactor'].includes(role))
        expectTrue(data.referralPathway.draft === null, `a draft reached ${role}`);
    },
  },
  {
    field: 'Query.referralPathways',
    document: `{ referralPathways(first: 100) { totalCount edges { node { isPublic } } } }`,
    allowed: EVERYONE,
    variables: () => ({}),
    check: (data, role) => {
      const edges = data.referralPathways.edges as { node: { isPublic: boolean } }[];
      expectTrue(edges.length > 0, 'no published pathway listed');
      if (isAnonymous(role))
        expectTrue(
          edges.every((e) => e.node.isPublic),
          'a members-only pathway listed to an anonymous viewer',
        );
      else
        expectTrue(
          edges.some((e) => !e.node.isPublic),
          'members see members-only pathways',
        );
    },
  },
  {
    field: 'Mutation.savePathwayDraft',
    document: `mutation ($input: SavePathwayDraftInput!) { savePathwayDraft(input: $input) { id } }`,
    allowed: LV_EDITORS,
    variables: () => ({ input: { versionId: randomUUID(), municipalityId: JELGAVA, expectedVersion: 2, reason: 'Matrix', steps: [] } }),
    probe: () => ({ input: { versionId: randomUUID(), municipalityId: JELGAVA, expectedVersion: 999, reason: 'Matrix', steps: [] } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.publishPathway',
    document: `mutation ($input: PublishPathwayInput!) { publishPathway(input: $input) { id } }`,
    allowed: LV_EDITORS,
    variables: () => ({ input: { pathwayId: PATHWAY, number: 1, expectedVersion: 2 } }),
    probe: () => ({ input: { pathwayId: PATHWAY, number: 1, expectedVersion: 999 } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.setPathwayPublic',
    document: `mutation ($input: SetPathwayPublicInput!) { setPathwayPublic(input: $input) { id } }`,
    allowed: LV_EDITORS,
    variables: () => ({ input: { pathwayId: PATHWAY, isPublic: true } }),
    probe: () => ({ input: { pathwayId: UNKNOWN_PATHWAY, isPublic: true } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.setPathwayEditors',
    document: `mutation ($input: SetPathwayEditorsInput!) { setPathwayEditors(input: $input) { id } }`,
    allowed: LV_EDITORS,
    variables: () => ({ input: { pathwayId: PATHWAY, expertIds: [] } }),
    probe: (t) => ({ input: { pathwayId: PATHWAY, expertIds: [t.unknownId] } }),
    expectAllowed: 'NOT_FOUND',
  },
  // Per-event rights (drafts only to those who read drafts, a named editor hearing of drafts from then on) are in
  // features/pathway/pathway.live.test.ts; here a members-only pathway's stream is NOT_FOUND to everyone signed out.
  {
    field: 'Subscription.pathwayChanged',
    document: `subscription ($id: ID!) { pathwayChanged(pathwayId: $id) { kind number actorName } }`,
    allowed: MEMBERS,
    variables: () => ({ id: PATHWAY }),
  },
];

/** Powers of Latvia's coordinator and admins, refused without two-factor: for the matrix test's two-factor row. */
export const PATHWAY_POWERS = PATHWAY_MATRIX.filter((c) => c.allowed === LV_EDITORS).map((c) => c.field);

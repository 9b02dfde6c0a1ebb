import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { MEMBERS } from './matrix-roles.js';

// The directory upkeep rows of the authorization matrix. Object rules (whose proposals a coordinator sees, which
// contact point ends) are proven in the features' tests; here every root field refuses whom it must and lets the
// others through to a later check (a stale version, an unknown id, a bad input), so nothing changes.

/** Those who steer Latvia (the targets' country): its coordinator and admins, with two-factor. */
const LV_STEERS: Role[] = ['coordinatorA', 'admin'];
const none = () => ({});

/** The fields of a service; `version` decides whether the call may go through. */
const service = (organisationId: string, id: string, expectedVersion: number) => ({
  id,
  organisationId,
  expectedVersion,
  kind: 'INTERPRETATION',
  targetGroups: [],
  languages: ['lv'],
  available24x7: false,
  formsOfExploitation: [],
});

export const DIRECTORY_UPKEEP_MATRIX: MatrixCase[] = [
  { field: 'Query.proposedOrganisations', document: `{ proposedOrganisations { id } }`, allowed: MEMBERS, variables: none },
  { field: 'Query.proposedOrganisationCount', document: `{ proposedOrganisationCount }`, allowed: MEMBERS, variables: none },
  {
    field: 'Mutation.createOrganisation',
    document: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({
      input: { id: t.unknownId, name: 'Matrix shelter', type: 'NGO', scope: { level: 'NATIONAL', countryCode: 'LV' } },
    }),
    // A local organisation without its municipality: refused before anything is written.
    probe: (t) => ({ input: { id: t.unknownId, name: 'Matrix shelter', type: 'NGO', scope: { level: 'LOCAL' } } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.approveOrganisation',
    document: `mutation ($id: ID!) { approveOrganisation(id: $id) { id } }`,
    allowed: LV_STEERS,
    // An active organisation: its approvers get as far as "not waiting for approval".
    variables: (t) => ({ id: t.lvOrganisation.id }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.declineOrganisation',
    document: `mutation ($id: ID!) { declineOrganisation(id: $id) }`,
    allowed: LV_STEERS,
    variables: (t) => ({ id: t.lvOrganisation.id }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.mergeOrganisation',
    document: `mutation ($input: MergeOrganisationInput!) { mergeOrganisation(input: $input) { id } }`,
    allowed: LV_STEERS,
    variables: (t) => ({ input: { id: t.lvOrganisation.id, intoId: t.hiddenOrganisationId, expectedVersion: t.lvOrganisation.version } }),
    probe: (t) => ({ input: { id: t.lvOrganisation.id, intoId: t.lvOrganisation.id, expectedVersion: t.lvOrganisation.version } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.closeOrganisation',
    document: `mutation ($input: CloseOrganisationInput!) { closeOrganisation(input: $input) { id } }`,
    allowed: LV_STEERS,
    variables: (t) => ({ input: { id: t.lvOrganisation.id, expectedVersion: t.lvOrganisation.version } }),
    probe: (t) => ({ input: { id: t.lvOrganisation.id, expectedVersion: 999_999 } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.confirmOrganisation',
    document: `mutation ($id: ID!) { confirmOrganisation(id: $id) { id } }`,
    allowed: LV_STEERS,
    variables: (t) => ({ id: t.lvOrganisation.id }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.addOrganisationService',
    document: `mutation ($input: AddServiceInput!) { addOrganisationService(input: $input) { id } }`,
    allowed: LV_STEERS,
    variables: (t) => ({ input: service(t.lvOrganisation.id, t.unknownId, t.lvOrganisation.version) }),
    probe: (t) => ({ input: service(t.lvOrganisation.id, t.unknownId, 999_999) }),
    expectAllowed: 'CONFLICT',
  },
  // Services are found by id before their organisation's rules apply: an unknown one is NOT_FOUND to every member.
  {
    field: 'Mutation.updateOrganisationService',
    document: `mutation ($input: UpdateServiceInput!) { updateOrganisationService(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => {
      const { organisationId: _, ...fields } = service(t.lvOrganisation.id, t.unknownId, 1);
      return { input: fields };
    },
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.removeOrganisationService',
    document: `mutation ($input: RemoveServiceInput!) { removeOrganisationService(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { id: t.unknownId, expectedVersion: 1 } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.addMyRole',
    document: `mutation ($input: AddMyRoleInput!) { addMyRole(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { id: t.unknownId, role: 'CASE_MANAGER', scope: { level: 'NATIONAL', countryCode: 'LV' } } }),
    // A network role is not one's own to add (members without a profile are told to complete it first).
    probe: (t) => ({ input: { id: t.unknownId, role: 'NATIONAL_COORDINATOR', scope: { level: 'NATIONAL', countryCode: 'LV' } } }),
  },
  {
    field: 'Mutation.assignNetworkRole',
    document: `mutation ($input: AssignNetworkRoleInput!) { assignNetworkRole(input: $input) { id } }`,
    allowed: LV_STEERS,
    variables: (t) => ({
      input: { id: t.unknownId, expertId: t.lvExpertId, role: 'TF_THB_MEMBER', scope: { level: 'NATIONAL', countryCode: 'LV' } },
    }),
    // Past the rules, an unknown member: "There is no such member".
    probe: (t) => ({
      input: { id: t.unknownId, expertId: t.unknownId, role: 'TF_THB_MEMBER', scope: { level: 'NATIONAL', countryCode: 'LV' } },
    }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.endRole',
    document: `mutation ($input: EndRoleInput!) { endRole(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { id: t.unknownId } }),
    expectAllowed: 'NOT_FOUND',
  },
  { field: 'Mutation.confirmMyProfile', document: `mutation { confirmMyProfile { id } }`, allowed: MEMBERS, variables: none },
];

/** Coordinator and admin powers among them, for the two-factor row of the matrix test. */
export const DIRECTORY_UPKEEP_POWERS = DIRECTORY_UPKEEP_MATRIX.filter((c) => c.allowed === LV_STEERS).map((c) => c.field);

import { DIRECTORY_UPKEEP_MATRIX } from './directory-upkeep-matrix.cases.js';
import { FORUM_MATRIX } from './forum-matrix.cases.js';
import { POST_PREVIEW_MATRIX } from './post-preview-matrix.cases.js';
import { MEETING_MATRIX } from './meeting-matrix.cases.js';
import { COST_MATRIX } from './cost-matrix.cases.js';
import { COUNTERPART_REQUEST_MATRIX } from './counterpart-request-matrix.cases.js';
import { MEETING_LIVE_MATRIX } from './meeting-live-matrix.cases.js';
import { PATHWAY_MATRIX } from './pathway-matrix.cases.js';
import { RESOURCE_MATRIX } from './resource-matrix.cases.js';
import { BASELINE_MATRIX } from './baseline-matrix.cases.js';
import { MEETING_OUTCOMES_MATRIX } from './meeting-outcomes-matrix.cases.js';
import { GUIDELINE_MATRIX } from './guideline-matrix.cases.js';
import { PREVENTION_MATRIX } from './prevention-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

/** The cases of the authorization matrix: one per root field of the schema. */
export type Role =
  | 'anonymous'
  | 'memberA'
  | 'memberB'
  | 'moderator'
  | 'coordinatorA'
  | 'coordinatorB'
  | 'admin'
  | 'suspended'
  // A coordinator of Latvia and an admin who never turned two-factor authentication on: plain members until they do.
  | 'coordinatorWithoutTwoFactor'
  | 'adminWithoutTwoFactor';

export interface MatrixTargets {
  /** A national Latvian organisation that member A does not edit. */
  lvOrganisation: { id: string; version: number };
  hiddenOrganisationId: string;
  lvExpertId: string;
  memberBUserId: string;
  /** A proposal by member B for Latvia, awaiting approval. */
  pendingInvitationId: string;
  pendingEmail: string;
  unknownId: string;
  forum: {
    /** A NETWORK forum of Latvia (national): coordinator A and admins manage it. */
    lvForumId: string;
    lvSlug: string;
    /** A closed group with no member but the admin who made it. */
    groupForumId: string;
    groupSlug: string;
    groupThreadId: string;
    /** A thread in the NETWORK forum: members read it, anonymous visitors do not. */
    networkThreadId: string;
    /** A PUBLIC library resource linked only from a reply in the closed group's thread. */
    groupLinkedResourceId: string;
  };
  meeting: {
    /** A scheduled INVITED meeting hosted by the moderator, with nobody invited. */
    invitedId: string;
  };
  library: {
    /** Resources anyone may read. */
    publicResources: number;
    /** Resources only (some) members may read: there must be some, or a visitor's counts prove nothing. */
    hiddenResources: number;
  };
}

type Vars = Record<string, unknown>;

export interface MatrixCase {
  field: string;
  /** What the row proves, when a field has several rows (the search, per kind of content). */
  name?: string;
  document: string;
  allowed: Role[];
  /** Real targets: what a refused viewer tries. */
  variables: (t: MatrixTargets, role: Role) => Vars;
  /** For allowed viewers: inputs that pass authorization but change nothing. Defaults to `variables`. */
  probe?: (t: MatrixTargets, role: Role) => Vars;
  /** The error code an allowed probe must end with ('OK' for none); without it, any but an authorization refusal. */
  expectAllowed?: string;
  /** Extra checks on what an allowed viewer got. */
  check?: (data: any, role: Role, targets: MatrixTargets) => void;
}

const none = () => ({});
// One per viewer: guessing is rate limited per token, and the matrix is not a brute-force test.
const badToken = (role: Role) => `not-a-real-token-for-the-${role}-viewer-00000`;
const isAnonymous = (role: Role) => role === 'anonymous' || role === 'suspended';

/** `every` that an empty list does not pass: an empty answer would prove nothing about what leaks. */
function all<T>(list: T[], test: (item: T) => boolean): boolean {
  return list.length > 0 && list.every(test);
}

export const MATRIX: MatrixCase[] = [
  // Public reference data and organisations.
  { field: 'Query.countries', document: `{ countries { code } }`, allowed: EVERYONE, variables: none },
  { field: 'Query.municipalities', document: `{ municipalities(countryCode: "LV") { id } }`, allowed: EVERYONE, variables: none },
  {
    field: 'Query.municipalityCounts',
    document: `{ municipalityCounts(countryCode: "LV") { organisations experts hasContactPoint } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) =>
      expectTrue(
        all(data.municipalityCounts, (c: any) => (c.experts === null && c.hasContactPoint === null) === isAnonymous(role)),
        'people counted on the map for anonymous viewers',
      ),
  },
  {
    field: 'Query.networkStats',
    document: `{ networkStats { organisations experts } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => expectTrue((data.networkStats.experts === null) === isAnonymous(role), 'experts counted for anonymous viewers'),
  },
  {
    field: 'Query.joinContacts',
    document: `{ joinContacts { countryCode organisations { id } } }`,
    allowed: EVERYONE,
    variables: none,
  },
  {
    field: 'Query.organisations',
    document: `{ organisations(first: 100) { edges { node { experts(first: 1) { totalCount } } } } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => {
      if (isAnonymous(role))
        expectTrue(
          all(data.organisations.edges, (e: any) => e.node.experts === null),
          'people leak to anonymous viewers',
        );
    },
  },
  {
    field: 'Query.organisation',
    document: `query ($id: ID!) { organisation(id: $id) { id } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.hiddenOrganisationId }),
    check: (data, role) => expectTrue((data.organisation === null) === isAnonymous(role), 'unlisted organisation visibility'),
  },
  {
    field: 'Query.networkActivity',
    document: `{ networkActivity(first: 100) { edges { node { expert { id } } } } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => {
      if (isAnonymous(role))
        expectTrue(
          all(data.networkActivity.edges, (e: any) => e.node.expert === null),
          'experts leak into the feed',
        );
    },
  },
  {
    field: 'Query.search',
    document: `query ($query: String!) { search(query: $query, first: 50) { expertCount hits { node { __typename ... on Organisation { id } } } } }`,
    allowed: EVERYONE,
    variables: () => ({ query: 'a' }),
    check: (data, role) => {
      if (!isAnonymous(role)) return;
      expectTrue(data.search.expertCount === 0, 'experts counted for anonymous viewers');
      expectTrue(
        all(data.search.hits, (h: any) => h.node.__typename !== 'Expert'),
        'experts leak into anonymous search',
      );
    },
  },
  {
    field: 'Query.organisationFacets',
    document: `{ organisationFacets { total } organisations(first: 1) { totalCount } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data) => expectTrue(data.organisationFacets.total === data.organisations.totalCount, 'facet total differs from the list'),
  },
  {
    field: 'Query.viewer',
    document: `{ viewer { id } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => expectTrue((data.viewer === null) === isAnonymous(role), 'viewer of a signed-out or suspended session'),
  },
  // Members only.
  { field: 'Query.experts', document: `{ experts(first: 5) { totalCount } }`, allowed: MEMBERS, variables: none },
  {
    field: 'Query.checkText',
    document: `query ($text: String!) { checkText(text: $text) { kind } }`,
    allowed: MEMBERS,
    variables: () => ({ text: 'PESEL 44051401359' }),
    check: (data) => expectTrue(data.checkText.length === 1 && data.checkText[0].kind === 'NATIONAL_ID', 'checkText finds the PESEL'),
  },
  {
    field: 'Query.expert',
    document: `query ($id: ID!) { expert(id: $id) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.lvExpertId }),
  },
  {
    field: 'Query.expertFacets',
    document: `{ expertFacets { total roles { value count } } }`,
    allowed: MEMBERS,
    variables: none,
  },
  {
    field: 'Query.counterparts',
    document: `{ counterparts(role: CASE_MANAGER, countryCode: "LV") { reason expert { id } } }`,
    allowed: MEMBERS,
    variables: none,
  },
  { field: 'Query.mySessions', document: `{ mySessions { id current } }`, allowed: MEMBERS, variables: none },
  { field: 'Query.myData', document: `{ myData }`, allowed: MEMBERS, variables: none },
  // Notifications: a member's own only, scoped to them in SQL (notification tests prove one never sees another's).
  {
    field: 'Query.notifications',
    document: `{ notifications(first: 5) { edges { node { id } } pageInfo { hasNextPage } } }`,
    allowed: MEMBERS,
    variables: none,
  },
  { field: 'Query.unreadNotificationCount', document: `{ unreadNotificationCount }`, allowed: MEMBERS, variables: none },
  { field: 'Query.notificationPreferences', document: `{ notificationPreferences { digest } }`, allowed: MEMBERS, variables: none },
  // Gatekeepers and admins.
  {
    field: 'Query.invitations',
    document: `{ invitations(status: AWAITING_APPROVAL) { edges { node { id country { code } } } } }`,
    allowed: ['coordinatorA', 'coordinatorB', 'admin'],
    variables: none,
    check: (data, role) => {
      const countries = data.invitations.edges.map((e: any) => e.node.country.code);
      if (role === 'coordinatorB') expectTrue(!countries.includes('LV'), 'a coordinator sees another country’s queue');
      if (role === 'coordinatorA') expectTrue(countries.includes('LV'), 'a coordinator misses their own queue');
    },
  },
  {
    field: 'Query.pendingApprovalCount',
    document: `{ pendingApprovalCount }`,
    allowed: ['coordinatorA', 'coordinatorB', 'admin'],
    variables: none,
    check: (data, role) => {
      if (role === 'coordinatorA') expectTrue(data.pendingApprovalCount > 0, 'a coordinator does not count their own queue');
    },
  },
  // Coordinators, admins and TF-THB seats (the demo's members and moderator hold none).
  {
    field: 'Query.coverage',
    document: `{ coverage { countries { withContactPoint } } }`,
    allowed: ['coordinatorA', 'coordinatorB', 'admin'],
    variables: none,
  },
  { field: 'Query.members', document: `{ members(first: 5) { totalCount } }`, allowed: ['admin'], variables: none },
  { field: 'Query.auditEvents', document: `{ auditEvents(first: 5) { totalCount } }`, allowed: ['admin'], variables: none },
  // Token-based: anyone may try, nobody gets anything from a bad token.
  {
    field: 'Query.invitationPreview',
    document: `query ($token: String!) { invitationPreview(token: $token) { email } }`,
    allowed: EVERYONE,
    variables: (_t, role) => ({ token: badToken(role) }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.acceptInvitation',
    document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
    allowed: EVERYONE,
    variables: (_t, role) => ({ input: { token: badToken(role), fullName: 'Nobody Here', password: 'a-long-enough-passphrase' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.resetPassword',
    document: `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
    allowed: EVERYONE,
    variables: (_t, role) => ({ input: { token: badToken(role), newPassword: 'a-long-enough-passphrase' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.requestPasswordReset',
    document: `mutation ($email: String!) { requestPasswordReset(email: $email) }`,
    allowed: EVERYONE,
    variables: (_t, role) => ({ email: `unknown.${role}@demo.strom.invalid` }),
  },
  {
    field: 'Mutation.signIn',
    document: `mutation ($input: SignInInput!) { signIn(input: $input) { totpRequired } }`,
    allowed: EVERYONE,
    variables: (_t, role) => ({ input: { email: `unknown.${role}@demo.strom.invalid`, password: 'wrong-password-here' } }),
    // Wrong credentials are refused the same way for everyone; that is not an authorization refusal.
    expectAllowed: 'UNAUTHENTICATED',
  },
  // Own account.
  {
    field: 'Mutation.changePassword',
    document: `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    allowed: MEMBERS,
    variables: () => ({ input: { currentPassword: 'not-my-password', newPassword: 'another-long-passphrase' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.updateMyProfile',
    document: `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: () => ({ input: { expectedVersion: 999_999, title: 'Stale edit' } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.startExpertExport',
    document: `mutation ($filter: ExpertFilter) { startExpertExport(filter: $filter) { url } }`,
    allowed: MEMBERS,
    variables: () => ({ filter: { countryCode: 'LV' } }),
    // A filter that fails validation: no ticket, no audit entry.
    probe: () => ({ filter: { countryCode: 'L1' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.beginTotpSetup',
    document: `mutation { beginTotpSetup(password: "not-my-password") { otpauthUri } }`,
    allowed: MEMBERS,
    variables: none,
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.confirmTotpSetup',
    document: `mutation { confirmTotpSetup(code: "000000") }`,
    allowed: MEMBERS,
    variables: none,
  },
  {
    field: 'Mutation.disableTotp',
    document: `mutation { disableTotp(password: "not-my-password") { id } }`,
    allowed: MEMBERS,
    variables: none,
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.resetTwoFactor',
    document: `mutation ($userId: ID!) { resetTwoFactor(userId: $userId) }`,
    allowed: ['admin'],
    variables: (t) => ({ userId: t.memberBUserId }),
    probe: (t) => ({ userId: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.revokeSession',
    document: `mutation ($id: ID!) { revokeSession(id: $id) }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.deleteMyAccount',
    document: `mutation { deleteMyAccount(password: "not-my-password") }`,
    allowed: MEMBERS,
    variables: none,
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.markNotificationRead',
    document: `mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  { field: 'Mutation.markAllNotificationsRead', document: `mutation { markAllNotificationsRead }`, allowed: MEMBERS, variables: none },
  {
    field: 'Mutation.updateNotificationPreferences',
    document: `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { digest } }`,
    allowed: MEMBERS,
    variables: () => ({ input: { mentionEmails: false, digest: 'OFF', digestWeekday: 1 } }),
    probe: () => ({ input: { mentionEmails: false, digest: 'OFF', digestWeekday: 0 } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  // Directory editing.
  {
    field: 'Mutation.updateOrganisation',
    document: `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
    allowed: ['coordinatorA', 'admin'],
    variables: (t) => ({ input: { id: t.lvOrganisation.id, expectedVersion: t.lvOrganisation.version, name: 'Taken over' } }),
    probe: (t) => ({ input: { id: t.lvOrganisation.id, expectedVersion: 999_999, name: 'Stale edit' } }),
    expectAllowed: 'CONFLICT',
  },
  // Membership.
  {
    field: 'Mutation.proposeMember',
    document: `mutation ($input: ProposeMemberInput!) { proposeMember(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { email: t.pendingEmail, countryCode: 'LV', organisationId: t.lvOrganisation.id, reason: 'Again' } }),
    // A proposal for an address already pending is stored like any other (proposers are not told): probe with
    // an unknown organisation instead, which stores nothing.
    probe: (t) => ({ input: { email: t.pendingEmail, countryCode: 'LV', organisationId: t.unknownId, reason: 'Again' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.inviteMember',
    document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    allowed: ['coordinatorA', 'coordinatorB', 'admin'],
    variables: (t, role) => ({
      input: { email: `new.${role}@demo.strom.invalid`, countryCode: 'LV', organisationId: t.lvOrganisation.id },
    }),
    probe: (t) => ({ input: { email: t.pendingEmail, countryCode: 'LV', organisationId: t.lvOrganisation.id } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.approveInvitation',
    document: `mutation ($id: ID!) { approveInvitation(id: $id) { id } }`,
    allowed: ['coordinatorA', 'admin'],
    variables: (t) => ({ id: t.pendingInvitationId }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.revokeInvitation',
    document: `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
    allowed: ['memberB', 'coordinatorA', 'admin'],
    variables: (t) => ({ id: t.pendingInvitationId }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.declineInvitation',
    document: `mutation ($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id } }`,
    allowed: ['coordinatorA', 'admin'],
    variables: (t) => ({ input: { id: t.pendingInvitationId, reason: 'Not now' } }),
    probe: (t) => ({ input: { id: t.unknownId } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.resendInvitation',
    document: `mutation ($id: ID!) { resendInvitation(id: $id) { id } }`,
    allowed: ['coordinatorA', 'admin'],
    variables: (t) => ({ id: t.pendingInvitationId }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  // Keeping the network safe.
  {
    field: 'Mutation.changeMemberRole',
    document: `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`,
    allowed: ['admin'],
    variables: (t) => ({ input: { id: t.memberBUserId, networkRole: 'MODERATOR' } }),
    probe: (t) => ({ input: { id: t.unknownId, networkRole: 'MODERATOR' } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.suspendMember',
    document: `mutation ($id: ID!) { suspendMember(id: $id) { id } }`,
    allowed: ['admin'],
    variables: (t) => ({ id: t.memberBUserId }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.reactivateMember',
    document: `mutation ($id: ID!) { reactivateMember(id: $id) { id } }`,
    allowed: ['admin'],
    variables: (t) => ({ id: t.memberBUserId }),
    probe: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  ...FORUM_MATRIX,
  ...POST_PREVIEW_MATRIX,
  ...MEETING_MATRIX,
  ...MEETING_LIVE_MATRIX,
  ...MEETING_OUTCOMES_MATRIX,
  ...DIRECTORY_UPKEEP_MATRIX,
  ...COST_MATRIX,
  ...PATHWAY_MATRIX,
  ...COUNTERPART_REQUEST_MATRIX,
  ...GUIDELINE_MATRIX,
  ...RESOURCE_MATRIX,
  ...PREVENTION_MATRIX,
  ...BASELINE_MATRIX,
  // Last: it ends the sessions the other cases use.
  { field: 'Mutation.signOut', document: `mutation { signOut }`, allowed: EVERYONE, variables: none },
  {
    field: 'Subscription.networkActivity',
    document: `subscription { networkActivity { node { id } } }`,
    allowed: EVERYONE,
    variables: none,
  },
  // Proved in notification.live.test.ts: refused to anonymous viewers, and each member hears only their own.
  {
    field: 'Subscription.notificationAdded',
    document: `subscription { notificationAdded { node { id } } }`,
    allowed: MEMBERS,
    variables: none,
  },
];

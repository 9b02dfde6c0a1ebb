import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The meeting feature's rows of the authorization matrix. Who hosts, who is invited and who sees which meeting
// are proven in features/meeting's tests; here every root field refuses whom it must and lets the others
// through to its own checks (probed with unknown ids or bad input, which change nothing).

/** Those who see an INVITED meeting nobody is invited to: its host (the moderator) and admins. */
export const INVITED_MEETING_READERS: Role[] = ['moderator', 'admin'];

/** A member-level mutation on a meeting that does not exist: sign in, then NOT_FOUND. */
const onUnknown = (field: string, document: string, input: (unknownId: string) => Record<string, unknown>): MatrixCase => ({
  field,
  document,
  allowed: MEMBERS,
  variables: (t) => input(t.unknownId),
  expectAllowed: 'NOT_FOUND',
});

const RIGA_MEETING = {
  title: 'Matrix meeting',
  level: 'REGIONAL',
  startsAt: '2027-05-04T07:00:00.000Z',
  endsAt: '2027-05-04T09:00:00.000Z',
  format: 'ONLINE',
  visibility: 'NETWORK',
};

export const MEETING_MATRIX: MatrixCase[] = [
  {
    field: 'Query.meetings',
    document: `{ meetings(first: 50, when: UPCOMING) { totalCount edges { node { id } } } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.meetings.edges.length > 0, 'no meetings listed'),
  },
  {
    field: 'Query.meeting',
    document: `query ($id: ID!) { meeting(id: $id) { id onlineLink participants { userId } } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.meeting.invitedId }),
    check: (data, role) =>
      expectTrue(
        (data.meeting === null) === !INVITED_MEETING_READERS.includes(role),
        'an INVITED meeting is visible to someone not invited',
      ),
  },
  { field: 'Query.calendarFeedCreatedAt', document: `{ calendarFeedCreatedAt }`, allowed: MEMBERS, variables: () => ({}) },
  {
    field: 'Mutation.createMeeting',
    document: `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
    allowed: ['moderator', 'admin'],
    variables: (t) => ({ input: { id: t.unknownId, ...RIGA_MEETING, timeZone: 'Europe/Riga' } }),
    probe: (t) => ({ input: { id: t.unknownId, ...RIGA_MEETING, timeZone: 'Europe/Atlantis' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  onUnknown('Mutation.updateMeeting', `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, (id) => ({
    input: { id, expectedVersion: 1, title: 'Taken over' },
  })),
  onUnknown('Mutation.scheduleMeeting', `mutation ($id: ID!) { scheduleMeeting(id: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.cancelMeeting', `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`, (id) => ({
    input: { id, reason: 'Not needed' },
  })),
  onUnknown('Mutation.inviteToMeeting', `mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, countryCodes: ['LV'] },
  })),
  onUnknown('Mutation.rsvpMeeting', `mutation ($input: RsvpInput!) { rsvpMeeting(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, answer: 'YES' },
  })),
  onUnknown(
    'Mutation.proposeMeetingSlots',
    `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { id } }`,
    (id) => ({
      input: { meetingId: id, slots: [{ startsAt: RIGA_MEETING.startsAt, endsAt: RIGA_MEETING.endsAt }] },
    }),
  ),
  onUnknown('Mutation.answerMeetingSlots', `mutation ($input: AnswerSlotsInput!) { answerMeetingSlots(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, answers: [{ slotId: id, answer: 'YES' }] },
  })),
  onUnknown('Mutation.pickMeetingSlot', `mutation ($id: ID!) { pickMeetingSlot(meetingId: $id, slotId: $id) { id } }`, (id) => ({ id })),
  {
    field: 'Mutation.createCalendarFeed',
    document: `mutation { createCalendarFeed { url } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(/\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/.test(data.createCalendarFeed.url), 'no feed address'),
  },
  // Proved in meeting.live.test.ts: NOT_FOUND at subscribe time to whoever may not see the meeting, checked per event.
  {
    field: 'Subscription.meetingEvent',
    document: `subscription ($id: ID!) { meetingEvent(meetingId: $id) { sequence } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.meeting.invitedId }),
  },
  {
    field: 'Query.meetingPlanning',
    document: `{ meetingPlanning { canPlan regional countryCodes } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data, role) =>
      expectTrue(
        data.meetingPlanning.canPlan === ['moderator', 'admin', 'coordinatorA', 'coordinatorB'].includes(role),
        'meetingPlanning disagrees with who may create meetings',
      ),
  },
  {
    field: 'Query.contactPointPlaces',
    document: `{ contactPointPlaces(countryCode: "LV") { municipalityId contactPointCount } }`,
    allowed: MEMBERS,
    variables: () => ({}),
    check: (data) => expectTrue(data.contactPointPlaces.length > 0, 'no municipalities listed'),
  },
  {
    field: 'Query.meetingCandidates',
    document: `{ meetingCandidates(text: "contact") { userId } }`,
    allowed: MEMBERS,
    variables: () => ({}),
  },
  onUnknown(
    'Mutation.inviteContactPoints',
    `mutation ($input: InviteContactPointsInput!) { inviteContactPoints(input: $input) { invitedCount } }`,
    (id) => ({ input: { meetingId: id, municipalityIds: [id] } }),
  ),
  { field: 'Mutation.revokeCalendarFeed', document: `mutation { revokeCalendarFeed }`, allowed: MEMBERS, variables: () => ({}) },
];

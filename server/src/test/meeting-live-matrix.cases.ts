import type { MatrixCase } from './authorization-matrix.cases.js';
import { INVITED_MEETING_READERS } from './meeting-matrix.cases.js';
import { MEMBERS, expectTrue } from './matrix-roles.js';

// Running a meeting live: rows for its root fields. Who hosts and who takes part are proven in
// features/meeting/meeting-run.test.ts; here every field refuses anonymous and suspended viewers and lets members
// through to the meeting's own checks (probed on a meeting that does not exist: NOT_FOUND, nothing changes).

const onUnknown = (field: string, document: string, input: (unknownId: string) => Record<string, unknown>): MatrixCase => ({
  field,
  document,
  allowed: MEMBERS,
  variables: (t) => input(t.unknownId),
  expectAllowed: 'NOT_FOUND',
});

export const MEETING_LIVE_MATRIX: MatrixCase[] = [
  {
    field: 'Query.meeting',
    name: 'liveState of an INVITED meeting',
    document: `query ($id: ID!) { meeting(id: $id) { id liveState { sequence agenda { version } speakerQueue { balanced } attendance { presentCount } } } }`,
    allowed: ['anonymous', 'suspended', ...MEMBERS],
    variables: (t) => ({ id: t.meeting.invitedId }),
    check: (data, role) =>
      expectTrue(
        (data.meeting?.liveState?.sequence === undefined) === !INVITED_MEETING_READERS.includes(role),
        'the live state of an INVITED meeting reaches someone not invited',
      ),
  },
  onUnknown('Mutation.startMeeting', `mutation ($id: ID!) { startMeeting(id: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.endMeeting', `mutation ($id: ID!) { endMeeting(id: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.saveMeetingAgenda', `mutation ($input: SaveAgendaInput!) { saveMeetingAgenda(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, expectedVersion: 0, items: [{ id, title: 'Welcome', plannedMinutes: 10 }] },
  })),
  onUnknown('Mutation.moveMeetingAgenda', `mutation ($input: MoveAgendaInput!) { moveMeetingAgenda(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, direction: 'NEXT' },
  })),
  onUnknown(
    'Mutation.extendMeetingAgendaItem',
    `mutation ($input: ExtendAgendaItemInput!) { extendMeetingAgendaItem(input: $input) { id } }`,
    (id) => ({ input: { meetingId: id, itemId: id, minutes: 5 } }),
  ),
  onUnknown('Mutation.raiseHand', `mutation ($id: ID!) { raiseHand(meetingId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.lowerHand', `mutation ($id: ID!) { lowerHand(meetingId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.callNextSpeaker', `mutation ($id: ID!) { callNextSpeaker(meetingId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.finishSpeaker', `mutation ($id: ID!) { finishSpeaker(meetingId: $id, requestId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.setSpeakerBalance', `mutation ($id: ID!) { setSpeakerBalance(meetingId: $id, balanced: true) { id } }`, (id) => ({
    id,
  })),
  onUnknown('Mutation.checkInToMeeting', `mutation ($input: CheckInInput!) { checkInToMeeting(input: $input) { id } }`, (id) => ({
    input: { meetingId: id },
  })),
  onUnknown('Mutation.leaveMeeting', `mutation ($input: LeaveMeetingInput!) { leaveMeeting(input: $input) { id } }`, (id) => ({
    input: { meetingId: id },
  })),
  onUnknown(
    'Mutation.removeMeetingParticipant',
    `mutation ($input: RemoveParticipantInput!) { removeMeetingParticipant(input: $input) { id } }`,
    (id) => ({ input: { meetingId: id, userId: id } }),
  ),
  onUnknown('Mutation.addMeetingHost', `mutation ($input: MeetingHostInput!) { addMeetingHost(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, userId: id },
  })),
  onUnknown('Mutation.removeMeetingHost', `mutation ($input: MeetingHostInput!) { removeMeetingHost(input: $input) { id } }`, (id) => ({
    input: { meetingId: id, userId: id },
  })),
  // The live rows of the subscription (typed events, per-event rights, a removed participant's stream ending) are in
  // features/meeting/meeting-live-stream.test.ts; this one proves the typed selection is refused to those not invited.
  {
    field: 'Subscription.meetingEvent',
    name: 'typed events of an INVITED meeting',
    document: `subscription ($id: ID!) { meetingEvent(meetingId: $id) { sequence ... on MeetingAgendaAdvanced { currentItemId } } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.meeting.invitedId }),
  },
];

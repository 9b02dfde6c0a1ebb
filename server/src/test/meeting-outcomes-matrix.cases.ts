import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { INVITED_MEETING_READERS } from './meeting-matrix.cases.js';
import { MEMBERS } from './matrix-roles.js';

// The rows of what a meeting produces (polls, Q&A, notes, decisions, action items, minutes). Who hosts and who
// takes part is proven in features/meeting's tests (poll, question, action-item, minutes); here every root field
// asks anonymous and suspended viewers to sign in and lets members through to its own checks, probed with an
// unknown id (NOT_FOUND, nothing changes), and the meeting's new fields stay hidden with the meeting.

const EVERYONE: Role[] = ['anonymous', 'suspended', ...MEMBERS];

const onUnknown = (field: string, document: string, variables: (unknownId: string) => Record<string, unknown>): MatrixCase => ({
  field,
  document,
  allowed: MEMBERS,
  variables: (t) => variables(t.unknownId),
  expectAllowed: 'NOT_FOUND',
});

const byId = (id: string) => ({ id });

export const MEETING_OUTCOMES_MATRIX: MatrixCase[] = [
  {
    field: 'Query.meeting',
    name: 'its polls, questions, notes, action items and minutes stay with the meeting',
    document: `query ($id: ID!) { meeting(id: $id) { polls { id voters { userId } } questions { id } notes { id } actionItems { id }
      carriedActionItems { id } minutes { status } viewerCanOutcomes { run takePart writeMinutes } } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.meeting.invitedId }),
    check: (data, role) => {
      if ((data.meeting === null) !== !INVITED_MEETING_READERS.includes(role)) throw new Error('an INVITED meeting’s outcomes leak');
      if (data.meeting && data.meeting.viewerCanOutcomes.run !== true) throw new Error('its host may not run it');
    },
  },
  onUnknown(
    'Mutation.createMeetingPoll',
    `mutation ($input: CreateMeetingPollInput!) { createMeetingPoll(input: $input) { id } }`,
    (id) => ({
      input: { id, meetingId: id, question: 'Matrix?', options: ['Yes', 'No'] },
    }),
  ),
  onUnknown('Mutation.openMeetingPoll', `mutation ($id: ID!) { openMeetingPoll(id: $id) { id } }`, byId),
  onUnknown('Mutation.closeMeetingPoll', `mutation ($id: ID!) { closeMeetingPoll(id: $id) { id } }`, byId),
  onUnknown('Mutation.voteMeetingPoll', `mutation ($input: VoteMeetingPollInput!) { voteMeetingPoll(input: $input) { id } }`, (id) => ({
    input: { pollId: id, optionIds: [id] },
  })),
  onUnknown(
    'Mutation.askMeetingQuestion',
    `mutation ($input: AskMeetingQuestionInput!) { askMeetingQuestion(input: $input) { id } }`,
    (id) => ({
      input: { id, meetingId: id, text: 'Matrix?' },
    }),
  ),
  onUnknown('Mutation.upvoteMeetingQuestion', `mutation ($id: ID!) { upvoteMeetingQuestion(id: $id) { id } }`, byId),
  onUnknown('Mutation.answerMeetingQuestion', `mutation ($id: ID!) { answerMeetingQuestion(id: $id) { id } }`, byId),
  onUnknown('Mutation.hideMeetingQuestion', `mutation ($id: ID!) { hideMeetingQuestion(id: $id) { id } }`, byId),
  onUnknown('Mutation.addMeetingNote', `mutation ($input: AddMeetingNoteInput!) { addMeetingNote(input: $input) { id } }`, (id) => ({
    input: { id, meetingId: id, kind: 'DECISION', text: 'Matrix' },
  })),
  onUnknown(
    'Mutation.addMeetingActionItem',
    `mutation ($input: AddMeetingActionItemInput!) { addMeetingActionItem(input: $input) { id } }`,
    (id) => ({ input: { id, meetingId: id, text: 'Matrix', ownerId: id } }),
  ),
  onUnknown(
    'Mutation.setMeetingActionItemStatus',
    `mutation ($input: SetMeetingActionItemStatusInput!) { setMeetingActionItemStatus(input: $input) { id } }`,
    (id) => ({ input: { id, status: 'DONE' } }),
  ),
  onUnknown('Mutation.generateMeetingMinutes', `mutation ($id: ID!) { generateMeetingMinutes(meetingId: $id) { version } }`, byId),
  onUnknown(
    'Mutation.updateMeetingMinutes',
    `mutation ($input: UpdateMeetingMinutesInput!) { updateMeetingMinutes(input: $input) { version } }`,
    (id) => ({ input: { meetingId: id, expectedVersion: 1, source: 'Matrix' } }),
  ),
  onUnknown(
    'Mutation.publishMeetingMinutes',
    `mutation ($id: ID!) { publishMeetingMinutes(meetingId: $id, expectedVersion: 1) { version } }`,
    byId,
  ),
];

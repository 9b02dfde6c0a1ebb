import { describe, expect, it } from 'vitest';
import { createCache } from '../../../app/cache';
import type { MeetingOutcomesQuery as MeetingOutcomesData } from '../../../gql/graphql';
import { applyOutcomeEvent, type OutcomeEvent } from './outcomeCache';
import { MeetingOutcomesQuery } from './outcomeDocuments';

const option = (id: string, votes: number) => ({ __typename: 'MeetingPollOption' as const, id, label: id, votes });
const question = (id: string, upvotes: number) => ({
  __typename: 'MeetingQuestion' as const,
  id,
  text: `Question ${id}`,
  authorName: 'Piotr Member',
  upvotes,
  viewerUpvoted: false,
  viewerAsked: false,
  answered: false,
  hidden: false,
});

function seeded() {
  const cache = createCache();
  cache.writeQuery({
    query: MeetingOutcomesQuery,
    variables: { id: 'm1' },
    // The whole answer, fragments unmasked, as the server sends it.
    data: {
      meeting: {
        __typename: 'Meeting',
        id: 'm1',
        status: 'LIVE',
        lastEventSequence: 7,
        viewerCanOutcomes: { __typename: 'MeetingOutcomePermissions', run: false, takePart: true },
        hosts: [],
        participants: [],
        polls: [
          {
            __typename: 'MeetingPoll',
            id: 'p1',
            question: 'Adopt?',
            status: 'OPEN',
            multiple: false,
            anonymous: true,
            voterCount: 1,
            viewerChoice: [],
            options: [option('yes', 1), option('no', 0)],
            voters: [],
          },
        ],
        questions: [question('q1', 0), question('q2', 3)],
        notes: [],
        actionItems: [
          {
            __typename: 'MeetingActionItem',
            id: 'a1',
            text: 'Send the checklist',
            ownerName: 'Piotr Member',
            dueOn: null,
            status: 'OPEN',
            meetingId: 'm1',
            meetingTitle: 'Round table',
            viewerCanUpdate: false,
          },
        ],
      },
    } as unknown as MeetingOutcomesData,
  });
  const read = () => cache.readQuery({ query: MeetingOutcomesQuery, variables: { id: 'm1' } })?.meeting;
  return { cache, read };
}

const at = { meetingId: 'm1', hosting: false };
const tally = (yes: number, no: number) => [
  { __typename: 'MeetingPollTallyOption' as const, optionId: 'yes', votes: yes },
  { __typename: 'MeetingPollTallyOption' as const, optionId: 'no', votes: no },
];

describe('applyOutcomeEvent', () => {
  it('writes totals, a closed poll, upvotes, answered and an item’s status into the cache without a read', () => {
    const { cache, read } = seeded();
    const events: OutcomeEvent[] = [
      { __typename: 'MeetingVoteCounted', sequence: 8, kind: 'VOTE_COUNTED', pollId: 'p1', voterCount: 3, options: tally(2, 1) },
      {
        __typename: 'MeetingPollClosed',
        sequence: 9,
        kind: 'POLL_CLOSED',
        pollId: 'p1',
        pollStatus: 'CLOSED',
        voterCount: 4,
        options: tally(2, 2),
      },
      { __typename: 'MeetingQuestionUpvoted', sequence: 10, kind: 'QUESTION_UPVOTED', questionId: 'q1', upvotes: 5 },
      { __typename: 'MeetingQuestionAnswered', sequence: 11, kind: 'QUESTION_ANSWERED', questionId: 'q2' },
      { __typename: 'MeetingActionItemChanged', sequence: 12, kind: 'ACTION_ITEM_CHANGED', actionItemId: 'a1', itemStatus: 'DONE' },
    ];
    expect(events.map((event) => applyOutcomeEvent(cache, event, at))).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    const meeting = read();
    expect(meeting?.polls).toMatchObject([{ status: 'CLOSED', voterCount: 4, options: [{ votes: 2 }, { votes: 2 }] }]);
    expect(meeting?.questions).toMatchObject([
      { id: 'q1', upvotes: 5, answered: false },
      { id: 'q2', upvotes: 3, answered: true },
    ]);
    expect(meeting?.actionItems).toMatchObject([{ id: 'a1', status: 'DONE' }]);
  });

  it('drops a hidden question from a participant’s list and keeps it, marked, for a host', () => {
    const hidden: OutcomeEvent = { __typename: 'MeetingQuestionHidden', sequence: 8, kind: 'QUESTION_HIDDEN', questionId: 'q1' };
    const participant = seeded();
    expect(applyOutcomeEvent(participant.cache, hidden, at)).toBe('applied');
    expect(participant.read()?.questions.map((q) => q.id)).toEqual(['q2']);
    const host = seeded();
    expect(applyOutcomeEvent(host.cache, hidden, { ...at, hosting: true })).toBe('applied');
    expect(host.read()?.questions).toMatchObject([
      { id: 'q1', hidden: true },
      { id: 'q2', hidden: false },
    ]);
  });

  it('asks for a read only for what the cache cannot hold: new text, or a poll this viewer never saw', () => {
    const { cache, read } = seeded();
    const before = JSON.stringify(read());
    const effect = (event: OutcomeEvent, hosting = false) => applyOutcomeEvent(cache, event, { ...at, hosting });
    expect(effect({ __typename: 'MeetingQuestionAsked', sequence: 8, kind: 'QUESTION_ASKED', questionId: 'q3' })).toBe('read');
    expect(effect({ __typename: 'MeetingNoteAdded', sequence: 9, kind: 'NOTE_ADDED', noteId: 'n1' })).toBe('read');
    expect(effect({ __typename: 'MeetingActionItemAdded', sequence: 10, kind: 'ACTION_ITEM_ADDED', actionItemId: 'a2' })).toBe('read');
    expect(effect({ __typename: 'MeetingPollOpened', sequence: 11, kind: 'POLL_OPENED', pollId: 'p2' })).toBe('read');
    expect(effect({ __typename: 'MeetingPollCreated', sequence: 12, kind: 'POLL_CREATED', pollId: 'p3' })).toBe('ignored');
    expect(effect({ __typename: 'MeetingPollCreated', sequence: 13, kind: 'POLL_CREATED', pollId: 'p3' }, true)).toBe('read');
    // The rest of the meeting's stream is not the outcomes' business.
    expect(effect({ __typename: 'MeetingHandRaised', sequence: 14, kind: 'HAND_RAISED' })).toBe('ignored');
    expect(effect({ __typename: 'MeetingAgendaAdvanced', sequence: 15, kind: 'AGENDA_ADVANCED' })).toBe('ignored');
    expect(JSON.stringify(read())).toBe(before);
  });
});

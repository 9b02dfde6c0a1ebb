import { describe, expect, it } from 'vitest';
import { reduceLiveState, type LiveEvent, type LiveState } from './liveStateReducer';

const person = (userId: string, countryCode: string) => ({ __typename: 'MeetingPerson' as const, userId, name: userId, countryCode });

function state(): LiveState {
  return {
    __typename: 'MeetingLiveState',
    meetingId: 'm1',
    sequence: 10,
    status: 'LIVE',
    startsAt: '2027-02-02T08:00:00.000Z',
    endsAt: '2027-02-02T11:00:00.000Z',
    timeZone: 'Europe/Riga',
    readAt: '2027-02-02T08:05:00.000Z',
    agenda: {
      __typename: 'MeetingAgenda',
      version: 1,
      nowDiscussing: null,
      items: ['a', 'b'].map((id, position) => ({
        __typename: 'MeetingAgendaItem' as const,
        id,
        position,
        title: id.toUpperCase(),
        plannedMinutes: 10,
        startsAt: null,
        endsAt: null,
        startedAt: null,
        endedAt: null,
        presenter: null,
        links: [],
      })),
    },
    speakerQueue: {
      __typename: 'SpeakerQueue',
      balanced: true,
      viewerRequestId: null,
      speaking: null,
      waiting: [
        { __typename: 'SpeakerRequest', id: 'r1', raisedAt: '2027-02-02T08:01:00.000Z', calledAt: null, person: person('lv1', 'LV') },
      ],
      turnsByCountry: [{ __typename: 'CountryTurns', countryCode: 'LV', turns: 1 }],
    },
    attendance: { __typename: 'MeetingAttendance', presentCount: 0, attendedCount: 0, viewerPresent: false, present: [], byCountry: [] },
  };
}

const base = { sequence: 11, occurredAt: '2027-02-02T08:06:00.000Z' };

describe('reduceLiveState', () => {
  it('moves the pointer and starts its timer', () => {
    const event = {
      ...base,
      __typename: 'MeetingAgendaAdvanced',
      kind: 'AGENDA_ADVANCED',
      currentItemId: 'b',
      currentPosition: 1,
      startedAt: '2027-02-02T08:06:00.000Z',
      currentPlannedEndsAt: '2027-02-02T08:16:00.000Z',
      previousItemId: 'a',
    } as LiveEvent;
    const { state: next, resync } = reduceLiveState(state(), event, null);
    expect(resync).toBe(false);
    expect(next.sequence).toBe(11);
    expect(next.agenda.nowDiscussing).toMatchObject({ itemId: 'b', position: 1, plannedEndsAt: '2027-02-02T08:16:00.000Z' });
    expect(next.agenda.items.map((item) => [item.startedAt, item.endedAt])).toEqual([
      [null, '2027-02-02T08:06:00.000Z'],
      ['2027-02-02T08:06:00.000Z', null],
    ]);
  });

  it('puts a raised hand where the balanced queue will call it, and marks the reader’s own', () => {
    const event = {
      ...base,
      __typename: 'MeetingHandRaised',
      kind: 'HAND_RAISED',
      requestId: 'r2',
      userId: 'pl1',
      name: 'pl1',
      countryCode: 'PL',
      raisedAt: '2027-02-02T08:06:00.000Z',
    } as LiveEvent;
    const { state: next } = reduceLiveState(state(), event, 'pl1');
    // Poland has not spoken, Latvia has once: the later hand from Poland goes first.
    expect(next.speakerQueue.waiting.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(next.speakerQueue.viewerRequestId).toBe('r2');
  });

  it('ignores an event the state already holds and asks to read again for kinds it cannot apply', () => {
    const old = {
      ...base,
      sequence: 9,
      __typename: 'MeetingHandLowered',
      kind: 'HAND_LOWERED',
      requestId: 'r1',
      userId: 'lv1',
    } as LiveEvent;
    expect(reduceLiveState(state(), old, null).state.speakerQueue.waiting).toHaveLength(1);
    const saved = { ...base, __typename: 'MeetingAgendaChanged', kind: 'AGENDA_CHANGED' } as LiveEvent;
    expect(reduceLiveState(state(), saved, null)).toMatchObject({ resync: true, state: { sequence: 11 } });
  });

  it('leaves the outcomes’ events to their panels: a vote or a question reads no live state again', () => {
    const events: LiveEvent[] = [
      { ...base, __typename: 'MeetingVoteCounted', kind: 'VOTE_COUNTED' },
      { ...base, __typename: 'MeetingQuestionAsked', kind: 'QUESTION_ASKED' },
      { ...base, __typename: 'MeetingNoteAdded', kind: 'NOTE_ADDED' },
    ];
    for (const event of events) {
      expect(reduceLiveState(state(), event, null)).toMatchObject({ resync: false, state: { sequence: 11 } });
    }
  });

  it('counts a check-in and a leave per country', () => {
    const checkIn = {
      ...base,
      __typename: 'MeetingParticipantCheckedIn',
      kind: 'PARTICIPANT_CHECKED_IN',
      userId: 'lv1',
      name: 'lv1',
      countryCode: 'LV',
      inPerson: true,
      checkedInAt: base.occurredAt,
    } as LiveEvent;
    const here = reduceLiveState(state(), checkIn, 'lv1').state;
    expect(here.attendance).toMatchObject({ presentCount: 1, viewerPresent: true, byCountry: [{ countryCode: 'LV', present: 1 }] });
    const left = {
      ...base,
      sequence: 12,
      __typename: 'MeetingParticipantLeft',
      kind: 'PARTICIPANT_LEFT',
      userId: 'lv1',
      countryCode: 'LV',
    } as LiveEvent;
    expect(reduceLiveState(here, left, 'lv1').state.attendance).toMatchObject({ presentCount: 0, viewerPresent: false });
  });
});

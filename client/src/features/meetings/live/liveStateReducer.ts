import { speakerOrder } from '@strom/shared';
import type { MeetingLiveEventsSubscription, MeetingLiveState_StateFragment } from '../../../gql/graphql';

export type LiveState = MeetingLiveState_StateFragment;
export type LiveEvent = MeetingLiveEventsSubscription['meetingEvent'];
type Queue = LiveState['speakerQueue'];
type Person = { __typename: 'MeetingPerson'; userId: string; name: string; countryCode: string | null };

/** The state after an event, or `resync` when the event says "read again" (an agenda saved, a status change…). */
export type Reduced = { state: LiveState; resync: false } | { state: LiveState; resync: true };

const person = (userId: string, name: string, countryCode: string | null): Person => ({
  __typename: 'MeetingPerson',
  userId,
  name,
  countryCode,
});

/** The waiting hands in the order the queue follows: the server's own rule (shared speakerOrder). */
function ordered(queue: Queue): Queue {
  const turns = Object.fromEntries(queue.turnsByCountry.map((t) => [t.countryCode ?? '', t.turns]));
  const hands = queue.waiting.map((request) => ({
    id: request.id,
    countryCode: request.person.countryCode,
    raisedAt: request.raisedAt,
    request,
  }));
  return { ...queue, waiting: speakerOrder(hands, turns, queue.balanced).map((hand) => hand.request) };
}

function withTurn(queue: Queue, countryCode: string | null): Queue['turnsByCountry'] {
  const found = queue.turnsByCountry.some((t) => t.countryCode === countryCode);
  const turns = found
    ? queue.turnsByCountry.map((t) => (t.countryCode === countryCode ? { ...t, turns: t.turns + 1 } : t))
    : [...queue.turnsByCountry, { __typename: 'CountryTurns' as const, countryCode, turns: 1 }];
  return turns.sort((a, b) => (a.countryCode ?? '').localeCompare(b.countryCode ?? ''));
}

function attendanceCount(state: LiveState, countryCode: string | null, delta: 1 | -1): LiveState['attendance']['byCountry'] {
  const known = state.attendance.byCountry.some((row) => row.countryCode === countryCode);
  const rows = known
    ? state.attendance.byCountry
    : [...state.attendance.byCountry, { __typename: 'CountryAttendance' as const, countryCode, present: 0, expected: 0, attended: 0 }];
  return rows
    .map((row) => (row.countryCode === countryCode ? { ...row, present: Math.max(0, row.present + delta) } : row))
    .sort((a, b) => (a.countryCode ?? '').localeCompare(b.countryCode ?? ''));
}

/** Events the outcome panels keep themselves current from (outcomes/outcomeCache.ts): nothing for this state to read. */
const OUTCOME_EVENTS: ReadonlySet<string> = new Set([
  'MeetingPollCreated',
  'MeetingPollOpened',
  'MeetingVoteCounted',
  'MeetingPollClosed',
  'MeetingQuestionAsked',
  'MeetingQuestionUpvoted',
  'MeetingQuestionAnswered',
  'MeetingQuestionHidden',
  'MeetingNoteAdded',
  'MeetingActionItemAdded',
  'MeetingActionItemChanged',
  'MeetingMinutesChanged',
]);

/**
 * Applies one event of `meetingEvent` to the live state (SQL-free on the server, state-free here): the pointer,
 * the timer, hands and turns, check-ins. Events the state already holds (by `sequence`) change nothing; kinds it
 * does not know (an agenda saved, another part's events) ask for a resync.
 */
export function reduceLiveState(state: LiveState, event: LiveEvent, viewerId: string | null): Reduced {
  if (event.sequence <= state.sequence) return { state, resync: false };
  const next = { ...state, sequence: event.sequence };
  const queue = state.speakerQueue;
  switch (event.__typename) {
    case 'MeetingAgendaAdvanced': {
      const nowDiscussing =
        event.currentItemId && event.currentPosition != null && event.currentPlannedEndsAt
          ? {
              __typename: 'MeetingNowDiscussing' as const,
              itemId: event.currentItemId,
              position: event.currentPosition,
              startedAt: event.startedAt,
              extraMinutes: 0,
              plannedEndsAt: event.currentPlannedEndsAt,
            }
          : null;
      const items = state.agenda.items.map((item) =>
        item.id === event.currentItemId
          ? { ...item, startedAt: event.startedAt, endedAt: null }
          : item.id === event.previousItemId
            ? { ...item, endedAt: event.startedAt }
            : item,
      );
      return { state: { ...next, agenda: { ...state.agenda, items, nowDiscussing } }, resync: false };
    }
    case 'MeetingAgendaExtended': {
      const now = state.agenda.nowDiscussing;
      if (now?.itemId !== event.itemId) return { state: next, resync: true };
      const nowDiscussing = { ...now, extraMinutes: event.extraMinutes, plannedEndsAt: event.plannedEndsAt };
      return { state: { ...next, agenda: { ...state.agenda, nowDiscussing } }, resync: false };
    }
    case 'MeetingHandRaised': {
      const request = {
        __typename: 'SpeakerRequest' as const,
        id: event.requestId,
        raisedAt: event.raisedAt,
        calledAt: null,
        person: person(event.userId, event.name, event.countryCode),
      };
      const waiting = [...queue.waiting.filter((r) => r.id !== event.requestId), request];
      const viewerRequestId = event.userId === viewerId ? event.requestId : queue.viewerRequestId;
      return { state: { ...next, speakerQueue: ordered({ ...queue, waiting, viewerRequestId }) }, resync: false };
    }
    case 'MeetingHandLowered': {
      const waiting = queue.waiting.filter((r) => r.id !== event.requestId);
      const viewerRequestId = queue.viewerRequestId === event.requestId ? null : queue.viewerRequestId;
      return { state: { ...next, speakerQueue: { ...queue, waiting, viewerRequestId } }, resync: false };
    }
    case 'MeetingSpeakerCalled': {
      const raised = queue.waiting.find((r) => r.id === event.requestId);
      const speaking = {
        __typename: 'SpeakerRequest' as const,
        id: event.requestId,
        raisedAt: raised?.raisedAt ?? event.occurredAt,
        calledAt: event.occurredAt,
        person: person(event.userId, event.name, event.countryCode),
      };
      const waiting = queue.waiting.filter((r) => r.id !== event.requestId);
      const turnsByCountry = withTurn(queue, event.countryCode);
      return { state: { ...next, speakerQueue: ordered({ ...queue, speaking, waiting, turnsByCountry }) }, resync: false };
    }
    case 'MeetingSpeakerFinished': {
      const speaking = queue.speaking?.id === event.requestId ? null : queue.speaking;
      const viewerRequestId = queue.viewerRequestId === event.requestId ? null : queue.viewerRequestId;
      return { state: { ...next, speakerQueue: { ...queue, speaking, viewerRequestId } }, resync: false };
    }
    case 'MeetingParticipantCheckedIn': {
      if (state.attendance.present.some((a) => a.person.userId === event.userId)) return { state: next, resync: false };
      const attendee = {
        __typename: 'Attendee' as const,
        inPerson: event.inPerson,
        checkedInAt: event.checkedInAt,
        person: person(event.userId, event.name, event.countryCode),
      };
      const attendance = {
        ...state.attendance,
        present: [...state.attendance.present, attendee],
        presentCount: state.attendance.presentCount + 1,
        viewerPresent: state.attendance.viewerPresent || event.userId === viewerId,
        byCountry: attendanceCount(state, event.countryCode, 1),
      };
      return { state: { ...next, attendance }, resync: false };
    }
    case 'MeetingParticipantLeft': {
      if (!state.attendance.present.some((a) => a.person.userId === event.userId)) return { state: next, resync: false };
      const attendance = {
        ...state.attendance,
        present: state.attendance.present.filter((a) => a.person.userId !== event.userId),
        presentCount: state.attendance.presentCount - 1,
        viewerPresent: state.attendance.viewerPresent && event.userId !== viewerId,
        byCountry: attendanceCount(state, event.countryCode, -1),
      };
      return { state: { ...next, attendance }, resync: false };
    }
    default:
      return { state: next, resync: !OUTCOME_EVENTS.has(event.__typename) };
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { invite, makeMeeting, RSVP } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const EVENTS = `subscription ($meetingId: ID!, $after: Int) { meetingEvent(meetingId: $meetingId, after: $after) { __typename sequence kind ... on MeetingParticipantChanged { userId status } } }`;
interface Event {
  meetingEvent: { __typename: string; sequence: number; kind: string; userId?: string; status?: string };
}

describe('meetingEvent', () => {
  it('streams a meeting’s events in sequence, resuming after the last one received without loss or repeats', async () => {
    const meeting = await makeMeeting(app, { visibility: 'NETWORK' });
    const cookie = await app.cookieOf('member.lv');
    const feed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: meeting.id }, cookie });
    try {
      await invite(app, meeting.id, ['member.pl']);
      await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: cookie });
      const first = await feed.next(10_000);
      const second = await feed.next(10_000);
      expect([first.meetingEvent, second.meetingEvent]).toEqual([
        { __typename: 'MeetingParticipantsInvited', sequence: 2, kind: 'PARTICIPANTS_INVITED' },
        { __typename: 'MeetingParticipantChanged', sequence: 3, kind: 'PARTICIPANT_CHANGED', userId: expect.any(String), status: 'ACCEPTED' },
      ]);
    } finally {
      await feed.close();
    }
    // Reconnecting after sequence 1: the two it has, then what came while it was away, each once.
    await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'NO' } }, { as: cookie });
    const resumed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: meeting.id, after: 1 }, cookie });
    try {
      const sequences = [];
      for (let i = 0; i < 3; i++) sequences.push((await resumed.next(10_000)).meetingEvent.sequence);
      expect(sequences).toEqual([2, 3, 4]);
      await expect(resumed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await resumed.close();
    }
  });

  it('is NOT_FOUND at subscribe time for a member not invited to an INVITED meeting', async () => {
    const meeting = await makeMeeting(app, { visibility: 'INVITED' });
    const feed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: meeting.id }, cookie: await app.cookieOf('member.pl') });
    try {
      expect((await feed.result()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await feed.close();
    }
  });
});

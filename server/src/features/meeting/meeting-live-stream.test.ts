import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topic } from '../../core/pubsub.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { registeredMeetingEventKinds } from './meeting-event.registry.js';
import {
  agendaItem,
  EXTEND,
  LIVE_STATE,
  meetingWithParticipants,
  MOVE,
  RAISE,
  REMOVE,
  saveAgenda,
  START,
  userIdOf,
} from './meeting-live.test-support.js';
import { sql } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const EVENTS = `subscription ($meetingId: ID!, $after: Int) { meetingEvent(meetingId: $meetingId, after: $after) {
  __typename sequence kind
  ... on MeetingAgendaAdvanced { currentItemId currentTitle previousItemId }
  ... on MeetingAgendaExtended { itemId extraMinutes }
  ... on MeetingHandRaised { userId name countryCode }
  ... on MeetingParticipantChanged { userId participantStatus }
} }`;
interface Event {
  meetingEvent: { __typename: string; sequence: number; kind: string; [field: string]: unknown };
}

const as = (name: Parameters<TestApp['cookieOf']>[0]) => app.cookieOf(name).then((cookie) => ({ as: cookie }));

/** A LIVE meeting with a two-item agenda under discussion (its first item). */
async function liveMeeting() {
  const id = await meetingWithParticipants(app);
  const items = [agendaItem('Welcome', 10), agendaItem('Checklist', 40)];
  await saveAgenda(app, id, items);
  await app.gql(START, { id }, await as('moderator'));
  await app.gql(MOVE, { input: { meetingId: id, fromItemId: null, direction: 'NEXT' } }, await as('moderator'));
  return { id, items };
}

describe('meetingEvent, typed', () => {
  it('has a GraphQL type for every kind the live parts record', () => {
    // Other parts (polls, questions…) add theirs: this names the ones of planning and running.
    expect(registeredMeetingEventKinds()).toEqual(
      expect.arrayContaining([
        'AGENDA_ADVANCED',
        'AGENDA_CHANGED',
        'AGENDA_EXTENDED',
        'DATE_POLL_CHANGED',
        'DETAILS_CHANGED',
        'HAND_LOWERED',
        'HAND_RAISED',
        'HOST_CHANGED',
        'PARTICIPANTS_INVITED',
        'PARTICIPANT_CHANGED',
        'PARTICIPANT_CHECKED_IN',
        'PARTICIPANT_LEFT',
        'SPEAKER_BALANCE_CHANGED',
        'SPEAKER_CALLED',
        'SPEAKER_FINISHED',
        'STATUS_CHANGED',
      ]),
    );
  });

  it('sends each kind as its own type; liveState then the stream after its sequence miss nothing', async () => {
    const { id, items } = await liveMeeting();
    const lv = await userIdOf(app, 'member.lv');
    const state = await app.gql(LIVE_STATE, { id }, await as('member.pl'));
    const { sequence, agenda } = state.data!.meeting.liveState;
    expect(agenda.nowDiscussing.itemId).toBe(items[0]!.id);
    const feed = await subscribe<Event>(app.url, EVENTS, {
      variables: { meetingId: id, after: sequence },
      cookie: await app.cookieOf('member.pl'),
    });
    try {
      await app.gql(MOVE, { input: { meetingId: id, fromItemId: items[0]!.id, direction: 'NEXT' } }, await as('moderator'));
      await app.gql(RAISE, { meetingId: id }, await as('member.lv'));
      expect((await feed.next(10_000)).meetingEvent).toEqual({
        __typename: 'MeetingAgendaAdvanced',
        sequence: sequence + 1,
        kind: 'AGENDA_ADVANCED',
        currentItemId: items[1]!.id,
        currentTitle: 'Checklist',
        previousItemId: items[0]!.id,
      });
      expect((await feed.next(10_000)).meetingEvent).toEqual({
        __typename: 'MeetingHandRaised',
        sequence: sequence + 2,
        kind: 'HAND_RAISED',
        userId: lv,
        name: expect.any(String),
        countryCode: 'LV',
      });
    } finally {
      await feed.close();
    }
  });

  it('loses and repeats nothing when a socket drops during a burst of 100 events', async () => {
    const { id, items } = await liveMeeting();
    const cookie = await app.cookieOf('member.lv');
    const host = await as('moderator');
    const start: number = (await app.gql(LIVE_STATE, { id }, { as: cookie })).data!.meeting.liveState.sequence;
    const received: number[] = [];
    let feed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id, after: start }, cookie });
    const burst = (async () => {
      for (let i = 0; i < 100; i++) {
        const result = await app.gql(EXTEND, { input: { meetingId: id, itemId: items[0]!.id, minutes: 1 } }, host);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
      }
    })();
    try {
      while (received.length < 30) received.push((await feed.next(10_000)).meetingEvent.sequence);
      await feed.close();
      // Reconnects mid-burst, after the last sequence it holds.
      feed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id, after: received.at(-1) }, cookie });
      while (received.length < 100) received.push((await feed.next(10_000)).meetingEvent.sequence);
      await burst;
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await feed.close();
    }
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => start + 1 + i));
    // A hundred commands one after another: PGlite on a shared machine needs more than the default 30 s.
  }, 120_000);

  it('ends the stream of a participant removed mid-meeting at once, while others go on', async () => {
    const { id } = await liveMeeting();
    const pl = await userIdOf(app, 'member.pl');
    const removedFeed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id }, cookie: await app.cookieOf('member.pl') });
    const stayingFeed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id }, cookie: await app.cookieOf('member.lv') });
    try {
      await expect.poll(() => app.services.live.subscribers).toBe(2);
      const removed = await app.gql(REMOVE, { input: { meetingId: id, userId: pl } }, await as('moderator'));
      expect(removed.errors).toBeUndefined();
      expect((await stayingFeed.next(10_000)).meetingEvent).toMatchObject({
        kind: 'PARTICIPANT_CHANGED',
        userId: pl,
        participantStatus: 'REMOVED',
      });
      await expect.poll(() => app.services.live.subscribers).toBe(1);
      await app.gql(RAISE, { meetingId: id }, await as('member.lv'));
      expect((await stayingFeed.next(10_000)).meetingEvent.kind).toBe('HAND_RAISED');
      await expect(removedFeed.next(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await removedFeed.close();
      await stayingFeed.close();
    }
  });

  it('refuses an uninvited member at subscribe time', async () => {
    const { id } = await liveMeeting();
    const feed = await subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id }, cookie: await app.cookieOf('coordinator.lt') });
    try {
      expect((await feed.result()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await feed.close();
    }
  });

  it('builds an event once, however many subscribe', async () => {
    const { id } = await liveMeeting();
    const lv = await userIdOf(app, 'member.lv');
    const statementsFor = async (count: number) => {
      const feeds = await Promise.all(
        Array.from({ length: count }, async () =>
          subscribe<Event>(app.url, EVENTS, { variables: { meetingId: id }, cookie: await app.cookieOf('member.pl') }),
        ),
      );
      await expect.poll(() => app.services.live.subscribers).toBe(count);
      try {
        // An event written straight to the log and announced by hand: the statements counted are its delivery only.
        const [row] = await sql<{ sequence: string }>(
          app,
          `with s as (update meeting set last_event_sequence = last_event_sequence + 1 where id = ? returning last_event_sequence)
           insert into meeting_event (meeting_id, sequence, kind, payload)
           select ?, last_event_sequence, 'HAND_LOWERED', json_build_object('requestId', gen_random_uuid(), 'userId', ?::uuid)::jsonb from s
           returning sequence`,
          [id, id, lv],
        );
        return await app.countStatements(async () => {
          app.services.events.publish(topic('meeting', id), { meetingId: id, sequence: Number(row!.sequence) });
          await Promise.all(feeds.map((feed) => feed.next(10_000)));
        });
      } finally {
        await Promise.all(feeds.map((feed) => feed.close()));
        await expect.poll(() => app.services.live.subscribers).toBe(0);
      }
    };
    const one = await statementsFor(1);
    const ten = await statementsFor(10);
    expect(one.length).toBeGreaterThan(0);
    expect(ten).toEqual(one);
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, post, scaleOutEnv, signIn, startServer, stopServer, type ServerProcess } from '../../test/server-processes.js';
import { subscribe, type Subscription } from '../../test/subscribe.js';

// Runs in the postgres project only (PGlite is single-process); without REDIS_URL there is nothing to scale out across.
const canScaleOut = Boolean(process.env.TEST_DATABASE_URL && process.env.REDIS_URL);

const EVENTS = `subscription ($meetingId: ID!, $after: Int) { meetingEvent(meetingId: $meetingId, after: $after) { sequence kind } }`;
type Event = { meetingEvent: { sequence: number; kind: string } };
const BURST = 30;

describe.runIf(canScaleOut)('a meeting across two server processes and Redis', () => {
  const databaseName = `strom_test_${randomBytes(6).toString('hex')}`;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    await admin(`create database ${databaseName}`);
    const env = scaleOutEnv(databaseName);
    // One after the other: the first migrates and seeds, the second finds the work done.
    servers.push(await startServer(env));
    servers.push(await startServer(env));
  }, 240_000);

  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    await admin(`drop database if exists ${databaseName} with (force)`);
  });

  it('gives the host on A and participants on A and B the same events in the same order', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const host = await signIn(a.url, 'moderator@demo.strom.invalid');
    const meetingId = randomUUID();
    const created = await post(
      a.url,
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id lastEventSequence } }`,
      {
        input: {
          id: meetingId,
          title: 'Scale-out expert group',
          level: 'REGIONAL',
          timeZone: 'Europe/Riga',
          format: 'ONLINE',
          visibility: 'INVITED',
        },
      },
      host,
    );
    expect(created.errors).toBeUndefined();
    const places = await post(a.url, `{ contactPointPlaces(countryCode: "LV") { municipalityId name contactPointCount } }`, {}, host);
    const riga = (places.data.contactPointPlaces as { municipalityId: string; name: string }[]).filter(
      (p) => p.name === 'Riga' || p.name === 'Jelgava',
    );
    expect(riga).toHaveLength(2);
    const invited = await post(
      a.url,
      `mutation ($input: InviteContactPointsInput!) { inviteContactPoints(input: $input) { invitedCount meeting { lastEventSequence } } }`,
      { input: { meetingId, municipalityIds: riga.map((p) => p.municipalityId) } },
      host,
    );
    expect(invited.data.inviteContactPoints.invitedCount).toBe(2);
    const after = invited.data.inviteContactPoints.meeting.lastEventSequence as number;

    const onA = await signIn(a.url, 'contact.riga@demo.strom.invalid');
    const onB = await signIn(b.url, 'contact.jelgava@demo.strom.invalid');
    const feeds: Subscription<Event>[] = await Promise.all([
      subscribe<Event>(a.url, EVENTS, { variables: { meetingId, after }, cookie: host }),
      subscribe<Event>(a.url, EVENTS, { variables: { meetingId, after }, cookie: onA }),
      subscribe<Event>(b.url, EVENTS, { variables: { meetingId, after }, cookie: onB }),
    ]);
    try {
      // A burst of commands through A, all at once: the meeting row's lock orders them, the log numbers them.
      const slots = (n: number) => [
        { startsAt: new Date(Date.UTC(2027, 4, 1 + n, 8)).toISOString(), endsAt: new Date(Date.UTC(2027, 4, 1 + n, 10)).toISOString() },
      ];
      const results = await Promise.all(
        Array.from({ length: BURST }, (_, n) =>
          post(
            a.url,
            `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { id } }`,
            {
              input: { meetingId, slots: slots(n) },
            },
            host,
          ),
        ),
      );
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
      const received = await Promise.all(
        feeds.map(async (feed) => {
          const events: Event['meetingEvent'][] = [];
          for (let i = 0; i < BURST; i++) events.push((await feed.next(15_000)).meetingEvent);
          return events;
        }),
      );
      const expected = Array.from({ length: BURST }, (_, i) => after + 1 + i);
      for (const events of received) expect(events.map((event) => event.sequence)).toEqual(expected);
      expect(received[1]).toEqual(received[0]);
      expect(received[2]).toEqual(received[0]);
      expect(new Set(received[0]!.map((event) => event.kind))).toEqual(new Set(['DATE_POLL_CHANGED']));
      // Nothing more, nothing twice.
      await Promise.all(feeds.map((feed) => expect(feed.next(500)).rejects.toThrow('no event within 500 ms')));
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
    }
  }, 120_000);
});

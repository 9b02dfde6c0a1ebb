import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { sql } from './meeting.test-support.js';
import { as, CLOSE_POLL, code, CREATE_POLL, liveMeeting, OPEN_POLL, openPoll, POLL_FIELDS, reason, VOTE } from './outcome.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const votes = async () => (await sql<{ n: number }>(app, `select count(*)::int as n from meeting_poll_vote`))[0]!.n;
const vote = async (who: 'member.lv' | 'member.pl' | 'moderator' | 'coordinator.lt', pollId: string, optionIds: string[]) =>
  app.gql(VOTE, { input: { pollId, optionIds } }, { as: await app.cookieOf(who) });

describe('live polls', () => {
  it('counts a single-choice ballot once, accepts the same ballot again, refuses a second and a vote after closing', async () => {
    const meetingId = await liveMeeting(app);
    const poll = await openPoll(app, meetingId);
    const [yes, no] = poll.options.map((o: { id: string }) => o.id);
    const first = await vote('member.lv', poll.id, [yes]);
    expect(first.data!.voteMeetingPoll).toMatchObject({
      voterCount: 1,
      viewerChoice: [yes],
      options: [{ votes: 1 }, { votes: 0 }, { votes: 0 }],
    });
    expect((await vote('member.lv', poll.id, [yes])).data!.voteMeetingPoll.voterCount).toBe(1);
    const before = await votes();
    const second = await vote('member.lv', poll.id, [no]);
    expect([code(second), reason(second)]).toEqual(['CONFLICT', 'ALREADY_VOTED']);
    const two = await vote('member.pl', poll.id, [yes, no]);
    expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.optionIds' }] });
    await as(app, 'moderator', CLOSE_POLL, { id: poll.id });
    const late = await vote('member.pl', poll.id, [no]);
    expect([code(late), reason(late)]).toEqual(['CONFLICT', 'POLL_NOT_OPEN']);
    expect(await votes()).toBe(before);
  });

  it('takes several options in one ballot of a multiple-choice poll and refuses options of another poll', async () => {
    const meetingId = await liveMeeting(app);
    const poll = await openPoll(app, meetingId, { multiple: true });
    const other = await openPoll(app, meetingId);
    const [a, b] = poll.options.map((o: { id: string }) => o.id);
    const foreign = await vote('member.pl', poll.id, [other.options[0].id]);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.optionIds' }] });
    const cast = await vote('member.pl', poll.id, [a, b]);
    expect(cast.data!.voteMeetingPoll).toMatchObject({ voterCount: 1, options: [{ votes: 1 }, { votes: 1 }, { votes: 0 }] });
  });

  it('never shows who voted in an anonymous poll, to anyone, while a named poll lists its voters', async () => {
    const meetingId = await liveMeeting(app);
    const anonymous = await openPoll(app, meetingId, { anonymous: true });
    const named = await openPoll(app, meetingId);
    await vote('member.lv', anonymous.id, [anonymous.options[0].id]);
    await vote('member.lv', named.id, [named.options[1].id]);
    const read = `query ($id: ID!) { meeting(id: $id) { polls { ${POLL_FIELDS} } liveState { polls { id voters { name } } } } }`;
    for (const who of ['moderator', 'admin', 'member.pl'] as const) {
      const { meeting } = await as(app, who, read, { id: meetingId });
      const byId = new Map(meeting.polls.map((p: { id: string }) => [p.id, p]));
      expect(byId.get(anonymous.id)).toMatchObject({ voterCount: 1, voters: [], options: [{ votes: 1 }, { votes: 0 }, { votes: 0 }] });
      expect(byId.get(named.id)).toMatchObject({ voters: [{ optionIds: [named.options[1].id] }] });
      expect(meeting.liveState.polls.map((p: { voters: unknown[] }) => p.voters.length)).toEqual([0, 1]);
    }
  });

  it('shows a draft to the hosts only, and refuses members who do not take part and hosts’ powers to participants', async () => {
    const meetingId = await liveMeeting(app);
    const draft = await as(app, 'moderator', CREATE_POLL, {
      input: { id: randomUUID(), meetingId, question: 'Next meeting online?', options: ['Yes', 'No'] },
    });
    const read = `query ($id: ID!) { meeting(id: $id) { polls { id } } }`;
    expect((await as(app, 'moderator', read, { id: meetingId })).meeting.polls).toHaveLength(1);
    expect((await as(app, 'member.lv', read, { id: meetingId })).meeting.polls).toHaveLength(0);
    expect(code(await app.gql(OPEN_POLL, { id: draft.createMeetingPoll.id }, { as: await app.cookieOf('member.lv') }))).toBe('FORBIDDEN');
    await as(app, 'moderator', OPEN_POLL, { id: draft.createMeetingPoll.id });
    // coordinator.lt declined: they see the INVITED meeting but do not take part.
    expect(code(await vote('coordinator.lt', draft.createMeetingPoll.id, [draft.createMeetingPoll.options[0].id]))).toBe('FORBIDDEN');
    expect(code(await app.gql(VOTE, { input: { pollId: draft.createMeetingPoll.id, optionIds: [randomUUID()] } }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad polls: one option, the same option twice, a meeting that has ended; a retry creates nothing new', async () => {
    const meetingId = await liveMeeting(app);
    const moderator = await app.cookieOf('moderator');
    const input = { id: randomUUID(), meetingId, question: 'Which city next?', options: ['Rīga', 'Vilnius'] };
    const one = await app.gql(CREATE_POLL, { input: { ...input, options: ['Rīga'] } }, { as: moderator });
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'options' }] });
    const twice = await app.gql(CREATE_POLL, { input: { ...input, options: ['Rīga', 'rīga'] } }, { as: moderator });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.options' }] });
    const created = await as(app, 'moderator', CREATE_POLL, { input });
    const retried = await as(app, 'moderator', CREATE_POLL, { input });
    expect(retried.createMeetingPoll.id).toBe(created.createMeetingPoll.id);
    await as(app, 'moderator', `mutation ($id: ID!) { endMeeting(id: $id) { status } }`, { id: meetingId });
    const ended = await app.gql(CREATE_POLL, { input: { ...input, id: randomUUID() } }, { as: moderator });
    expect([code(ended), reason(ended)]).toEqual(['CONFLICT', 'MEETING_NOT_RUNNING']);
    const opened = await app.gql(OPEN_POLL, { id: created.createMeetingPoll.id }, { as: moderator });
    expect([code(opened), reason(opened)]).toEqual(['CONFLICT', 'MEETING_NOT_RUNNING']);
  });

  it('streams the poll opening and each counted vote as aggregates, in sequence', async () => {
    const meetingId = await liveMeeting(app, { live: true });
    const events = `subscription ($id: ID!) { meetingEvent(meetingId: $id) { __typename sequence
      ... on MeetingVoteCounted { pollId voterCount options { optionId votes } } ... on MeetingPollOpened { pollId } } }`;
    const feed = await subscribe<{ meetingEvent: Record<string, any> }>(app.url, events, {
      variables: { id: meetingId },
      cookie: await app.cookieOf('member.pl'),
    });
    try {
      const poll = await openPoll(app, meetingId, { anonymous: true });
      await vote('member.lv', poll.id, [poll.options[2].id]);
      const created = (await feed.next(10_000)).meetingEvent;
      const opened = (await feed.next(10_000)).meetingEvent;
      const counted = (await feed.next(10_000)).meetingEvent;
      expect(created.__typename).toBe('MeetingPollCreated');
      expect(opened).toMatchObject({ __typename: 'MeetingPollOpened', pollId: poll.id, sequence: created.sequence + 1 });
      expect(counted).toEqual({
        __typename: 'MeetingVoteCounted',
        sequence: created.sequence + 2,
        pollId: poll.id,
        voterCount: 1,
        options: poll.options.map((o: { id: string }, i: number) => ({ optionId: o.id, votes: i === 2 ? 1 : 0 })),
      });
    } finally {
      await feed.close();
    }
  });
});

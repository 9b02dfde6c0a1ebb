import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { userIdOf } from '../forum/forum.test-support.js';
import { meetingReminders } from './meeting-reminders.job.js';
import { invite, makeMeeting, MEETING, meetingInput, sql, UPDATE_MEETING } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const DAY = 24 * 60 * 60 * 1000;
const SLOTS = `slots: dateSlots { id startsAt yes ifNeedBe no viewerAnswer best }`;

describe('the date poll', () => {
  it('collects answers per slot, marks the best, and picking one schedules the meeting and tells everyone', async () => {
    const meeting = await makeMeeting(app, { startsAt: null, endsAt: null }, { draft: true });
    await invite(app, meeting.id, ['member.lv', 'member.pl']);
    const mod = await app.cookieOf('moderator');
    const base = Date.now() + 40 * DAY;
    const slot = (offset: number) => ({
      startsAt: new Date(base + offset * DAY).toISOString(),
      endsAt: new Date(base + offset * DAY + 2 * 3_600_000).toISOString(),
    });
    const proposed = await app.gql(
      `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { ${SLOTS} } }`,
      { input: { meetingId: meeting.id, slots: [slot(0), slot(1)] } },
      { as: mod },
    );
    const [first, second] = proposed.data!.proposeMeetingSlots.slots as { id: string }[];
    const answer = async (who: 'member.lv' | 'member.pl', answers: string[]) =>
      app.gql(
        `mutation ($input: AnswerSlotsInput!) { answerMeetingSlots(input: $input) { ${SLOTS} } }`,
        {
          input: {
            meetingId: meeting.id,
            answers: [
              { slotId: first!.id, answer: answers[0] },
              { slotId: second!.id, answer: answers[1] },
            ],
          },
        },
        { as: await app.cookieOf(who) },
      );
    await answer('member.lv', ['YES', 'NO']);
    const pl = await answer('member.pl', ['IF_NEED_BE', 'YES']);
    expect(pl.data!.answerMeetingSlots.slots).toMatchObject([
      { yes: 1, ifNeedBe: 1, no: 0, viewerAnswer: 'IF_NEED_BE', best: true },
      { yes: 1, ifNeedBe: 0, no: 1, viewerAnswer: 'YES', best: false },
    ]);
    // The proposal and each answer are events of the meeting's stream (the hosts' page follows them), without answers.
    const pollEvents = await sql<{ payload: unknown }>(
      app,
      `select payload from meeting_event where meeting_id = ? and kind = 'DATE_POLL_CHANGED' order by sequence`,
      [meeting.id],
    );
    expect(pollEvents.map((event) => event.payload)).toEqual([{ slotCount: 2 }, { slotCount: 2 }, { slotCount: 2 }]);
    const picked = await app.gql(
      `mutation ($m: ID!, $s: ID!) { pickMeetingSlot(meetingId: $m, slotId: $s) { status startsAt } }`,
      { m: meeting.id, s: first!.id },
      { as: mod },
    );
    expect(picked.data!.pickMeetingSlot).toEqual({ status: 'SCHEDULED', startsAt: slot(0).startsAt });
    // The notices are a worker's job after the commit: wait for it, in any process.
    await vi.waitFor(
      async () =>
        expect(await sql(app, `select 1 from notification where kind = 'MEETING_SCHEDULED' and subject_id = ?`, [meeting.id])).toHaveLength(
          2,
        ),
      { timeout: 15_000, interval: 50 },
    );
    const closed = await answer('member.lv', ['NO', 'YES']);
    expect(closed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('replaces earlier slots and their answers; the slots and the event are written one statement each', async () => {
    const meeting = await makeMeeting(app, { startsAt: null, endsAt: null }, { draft: true });
    await invite(app, meeting.id, ['member.lv']);
    const mod = await app.cookieOf('moderator');
    const base = Date.now() + 50 * DAY;
    const slot = (offset: number) => ({
      startsAt: new Date(base + offset * DAY).toISOString(),
      endsAt: new Date(base + offset * DAY + 3_600_000).toISOString(),
    });
    const PROPOSE = `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { ${SLOTS} } }`;
    const earlier = await app.gql(PROPOSE, { input: { meetingId: meeting.id, slots: [slot(0)] } }, { as: mod });
    const earlierSlot = (earlier.data!.proposeMeetingSlots.slots as { id: string }[])[0]!.id;
    const answered = await app.gql(
      `mutation ($input: AnswerSlotsInput!) { answerMeetingSlots(input: $input) { id } }`,
      { input: { meetingId: meeting.id, answers: [{ slotId: earlierSlot, answer: 'YES' }] } },
      { as: await app.cookieOf('member.lv') },
    );
    expect(answered.errors).toBeUndefined();

    const statements = await app.countStatements(() =>
      app.gql(
        `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { id } }`,
        {
          input: { meetingId: meeting.id, slots: [slot(2), slot(3)] },
        },
        { as: mod },
      ),
    );
    // Session; begin; the meeting, locked; its slots; its event; the event's effect; commit; the answer.
    expect(statements).toHaveLength(8);
    const slots = await sql<{ starts_at: Date }>(app, `select starts_at from meeting_slot where meeting_id = ? order by starts_at`, [
      meeting.id,
    ]);
    expect(slots.map((row) => new Date(row.starts_at).toISOString())).toEqual([slot(2).startsAt, slot(3).startsAt]);
    expect(await sql(app, `select 1 from meeting_slot_answer where slot_id = ?`, [earlierSlot])).toEqual([]);
    const events = await sql<{ sequence: string; payload: unknown }>(
      app,
      `select sequence, payload from meeting_event where meeting_id = ? and kind = 'DATE_POLL_CHANGED' order by sequence`,
      [meeting.id],
    );
    expect(events.map((event) => event.payload)).toEqual([{ slotCount: 1 }, { slotCount: 1 }, { slotCount: 2 }]);
    // Gap-free, one after another.
    const sequences = events.map((event) => Number(event.sequence));
    expect(sequences).toEqual([sequences[0], sequences[0]! + 1, sequences[0]! + 2]);
  });

  it('refuses the poll to members not invited', async () => {
    const meeting = await makeMeeting(app, { startsAt: null, endsAt: null }, { draft: true });
    const outsider = await app.gql(
      `mutation ($input: AnswerSlotsInput!) { answerMeetingSlots(input: $input) { id } }`,
      { input: { meetingId: meeting.id, answers: [{ slotId: meeting.id, answer: 'YES' }] } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('reminders', () => {
  const run = (at: Date) => meetingReminders.run(app.commandDeps({ now: () => at }));
  const sent = async (meetingId: string) =>
    sql<{ recipient_id: string }>(app, `select recipient_id from notification where kind = 'MEETING_REMINDER' and subject_id = ?`, [
      meetingId,
    ]);
  const mails = async (meetingId: string) =>
    sql(app, `select 1 from outbox_effect where kind = 'mail' and idempotency_key like ?`, [`meeting-reminder-mail:${meetingId}:%`]);

  it('go out once by notification and e-mail, however many processes run the job at the same minute', async () => {
    const input = meetingInput({ reminderOffsets: [1440] }, 3);
    const meeting = await makeMeeting(app, input);
    await invite(app, meeting.id, ['member.lv']);
    const due = new Date(new Date(input.startsAt).getTime() - DAY + 60_000);
    await Promise.all([run(due), run(due), run(due)]);
    const recipients = (await sent(meeting.id)).map((r) => r.recipient_id).sort();
    expect(recipients).toEqual([await userIdOf(app, 'member.lv'), await userIdOf(app, 'moderator')].sort());
    expect(await mails(meeting.id)).toHaveLength(2);
    await run(new Date(due.getTime() + 60_000));
    expect(await sent(meeting.id)).toHaveLength(2);
  });

  it('move with a rescheduled meeting: nothing at the old time, the reminder at the new one', async () => {
    const input = meetingInput({ reminderOffsets: [1440] }, 3);
    const meeting = await makeMeeting(app, input);
    const later = new Date(new Date(input.startsAt).getTime() + 2 * DAY);
    const moved = await app.gql(
      UPDATE_MEETING,
      {
        input: {
          id: meeting.id,
          expectedVersion: meeting.version,
          startsAt: later.toISOString(),
          endsAt: new Date(later.getTime() + 3_600_000).toISOString(),
        },
      },
      { as: await app.cookieOf('moderator') },
    );
    expect(moved.errors).toBeUndefined();
    await run(new Date(new Date(input.startsAt).getTime() - DAY + 60_000));
    expect(await sent(meeting.id)).toHaveLength(0);
    await run(new Date(later.getTime() - DAY + 60_000));
    expect(await sent(meeting.id)).toHaveLength(1);
  });
});

describe('the meeting event log', () => {
  it('numbers a meeting’s events 1, 2, 3… without gaps, so a stream can resume after a sequence', async () => {
    const meeting = await makeMeeting(app, { capacity: 5 });
    await invite(app, meeting.id, ['member.lv']);
    const rows = await sql<{ sequence: string; kind: string }>(
      app,
      `select sequence, kind from meeting_event where meeting_id = ? order by sequence`,
      [meeting.id],
    );
    expect(rows.map((r) => [Number(r.sequence), r.kind])).toEqual([
      [1, 'STATUS_CHANGED'],
      [2, 'PARTICIPANTS_INVITED'],
    ]);
    const read = await app.gql(
      `query ($id: ID!) { meeting(id: $id) { lastEventSequence } }`,
      { id: meeting.id },
      {
        as: await app.cookieOf('member.lv'),
      },
    );
    expect(read.data!.meeting.lastEventSequence).toBe(2);
  });
});

describe('meetings', () => {
  const LIST = `query ($first: Int!, $when: MeetingWhen) { meetings(first: $first, when: $when) {
    totalCount edges { node { id title hosts { name } participants { userId } dateSlots { id } viewerCan { manage } } }
    pageInfo { hasNextPage endCursor } } }`;

  it('reads a page in the same number of statements at 2 and at 10 meetings', async () => {
    const as = await app.cookieOf('moderator');
    // The fewest of three tries: background work of other tests (a worker's begin and commit) can only add statements.
    const fewest = async (first: number) => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) counts.push((await app.countStatements(() => app.gql(LIST, { first }, { as }))).length);
      return Math.min(...counts);
    };
    const small = await fewest(2);
    const large = await fewest(10);
    const page = await app.gql(LIST, { first: 10 }, { as });
    expect(page.data!.meetings.edges.length).toBe(10);
    expect(large).toBe(small);
    // The session, the page, its count, then one statement each for participants and date slots.
    expect(large).toBeLessThanOrEqual(5);
  });

  it('pages without repeats, and shows past meetings under PAST only', async () => {
    const as = await app.cookieOf('member.lv');
    const first = await app.gql(LIST, { first: 3 }, { as });
    const rest = await app.gql(
      `query ($after: String) { meetings(first: 100, after: $after) { edges { node { id } } } }`,
      { after: first.data!.meetings.pageInfo.endCursor },
      { as },
    );
    const ids = [...first.data!.meetings.edges, ...rest.data!.meetings.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(first.data!.meetings.totalCount);
    const past = await app.gql(LIST, { first: 10, when: 'PAST' }, { as });
    const titles = past.data!.meetings.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toContain('Regional expert group meeting');
    const ended = await app.gql(MEETING, { id: past.data!.meetings.edges[0].node.id }, { as });
    expect(ended.data!.meeting.status).toBe('ENDED');
  });
});

// Last in the file: the burst's fan-out must not run beside the statement counts above.
describe('host commands at a fixed rate', () => {
  // Bench S6's steady stream: a host's commands at a fixed rate, each sent without waiting for the one before.
  it('answers a burst of proposals on one meeting, each once, each its own event in sequence', async () => {
    const meeting = await makeMeeting(app, { startsAt: null, endsAt: null }, { draft: true });
    const mod = await app.cookieOf('moderator');
    const [before] = await sql<{ n: number }>(app, `select last_event_sequence::int as n from meeting where id = ?`, [meeting.id]);
    const burst = 30;
    const answers = await Promise.all(
      Array.from({ length: burst }, (_, n) => {
        const start = Date.now() + 40 * DAY + n * 3_600_000;
        return app.gql(
          `mutation ($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { id } }`,
          {
            input: {
              meetingId: meeting.id,
              slots: [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString() }],
            },
          },
          { as: mod },
        );
      }),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const events = await sql<{ sequence: number }>(
      app,
      `select sequence::int as sequence from meeting_event where meeting_id = ? and sequence > ? and kind = 'DATE_POLL_CHANGED' order by sequence`,
      [meeting.id, before!.n],
    );
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: burst }, (_, i) => before!.n + i + 1));
    expect(await sql(app, `select 1 from meeting_slot where meeting_id = ?`, [meeting.id])).toHaveLength(1);
  });
});

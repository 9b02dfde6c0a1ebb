import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from './meeting.test-support.js';
import { as, CLOSE_POLL, code, END, liveMeeting, openPoll, reason, userId, VOTE } from './outcome.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const M = `status source html version publishedAt`;
const GENERATE = `mutation ($id: ID!, $v: Int) { generateMeetingMinutes(meetingId: $id, expectedVersion: $v) { ${M} } }`;
const UPDATE = `mutation ($input: UpdateMeetingMinutesInput!) { updateMeetingMinutes(input: $input) { ${M} } }`;
const PUBLISH = `mutation ($id: ID!, $v: Int!) { publishMeetingMinutes(meetingId: $id, expectedVersion: $v) { ${M} } }`;
const MINUTES = `query ($id: ID!) { meeting(id: $id) { minutes { ${M} } } }`;

/** A meeting that ran: a decision, a note, a closed poll with one vote, an action item; then ended. */
async function ranMeeting(): Promise<string> {
  const meetingId = await liveMeeting(app);
  const note = `mutation ($input: AddMeetingNoteInput!) { addMeetingNote(input: $input) { id } }`;
  await as(app, 'moderator', note, { input: { id: randomUUID(), meetingId, kind: 'DECISION', text: 'Adopt the shared checklist' } });
  await as(app, 'moderator', note, {
    input: { id: randomUUID(), meetingId, kind: 'NOTE', text: 'Poland reported on labour exploitation' },
  });
  const poll = await openPoll(app, meetingId, { question: 'Meet in Vilnius?', options: ['Yes', 'No'] });
  await as(app, 'member.lv', VOTE, { input: { pollId: poll.id, optionIds: [poll.options[0].id] } });
  await as(app, 'moderator', CLOSE_POLL, { id: poll.id });
  await as(app, 'moderator', `mutation ($input: AddMeetingActionItemInput!) { addMeetingActionItem(input: $input) { id } }`, {
    input: { id: randomUUID(), meetingId, text: 'Translate the checklist', ownerId: await userId(app, 'member.pl'), dueOn: '2027-05-31' },
  });
  await as(app, 'moderator', END, { id: meetingId });
  return meetingId;
}

describe('minutes', () => {
  it('are generated after the meeting from its decisions, notes, poll results, attendance and action items', async () => {
    const meetingId = await ranMeeting();
    const minutes = (await as(app, 'moderator', GENERATE, { id: meetingId })).generateMeetingMinutes;
    expect(minutes).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null });
    expect(minutes.source).toContain('## Decisions\n\n1. Adopt the shared checklist');
    expect(minutes.source).toContain('## Notes\n\n- Poland reported on labour exploitation');
    expect(minutes.source).toContain('| Yes | 1 |');
    expect(minutes.source).toMatch(/## Action items\n\n- Translate the checklist: .+, by 2027-05-31 \(open\)/);
    expect(minutes.source).toMatch(/## Participants\n\n2 \(/);
    // Member markdown's headings sit below the page's own (h1 → h3).
    expect(minutes.html).toContain('<h4>Decisions</h4>');
  });

  it('stay with the hosts until published, under optimistic locking, then reach participants and no longer change', async () => {
    const meetingId = await ranMeeting();
    const draft = (await as(app, 'moderator', GENERATE, { id: meetingId })).generateMeetingMinutes;
    expect((await as(app, 'member.lv', MINUTES, { id: meetingId })).meeting.minutes).toBeNull();
    const edited = (
      await as(app, 'moderator', UPDATE, {
        input: { meetingId, expectedVersion: draft.version, source: `${draft.source}\nEdited by the host.` },
      })
    ).updateMeetingMinutes;
    expect(edited.version).toBe(draft.version + 1);
    const stale = await app.gql(
      UPDATE,
      { input: { meetingId, expectedVersion: draft.version, source: 'Overwritten' } },
      { as: await app.cookieOf('moderator') },
    );
    expect([code(stale), reason(stale)]).toEqual(['CONFLICT', 'VERSION_MISMATCH']);
    const staleRegenerate = await app.gql(GENERATE, { id: meetingId }, { as: await app.cookieOf('moderator') });
    expect(reason(staleRegenerate)).toBe('VERSION_MISMATCH');
    expect(code(await app.gql(PUBLISH, { id: meetingId, v: edited.version }, { as: await app.cookieOf('member.lv') }))).toBe('FORBIDDEN');
    const published = (await as(app, 'moderator', PUBLISH, { id: meetingId, v: edited.version })).publishMeetingMinutes;
    expect(published.status).toBe('PUBLISHED');
    const read = (await as(app, 'member.lv', MINUTES, { id: meetingId })).meeting.minutes;
    expect(read).toMatchObject({ status: 'PUBLISHED', source: expect.stringContaining('Edited by the host.') });
    const after = await app.gql(
      UPDATE,
      { input: { meetingId, expectedVersion: published.version, source: 'Later' } },
      { as: await app.cookieOf('moderator') },
    );
    expect([code(after), reason(after)]).toEqual(['CONFLICT', 'MINUTES_PUBLISHED']);
    // Every change that was made is in the audit log, by whom and at which version; refused ones are not.
    const audited = await sql<{ action: string; actor: string; details: { version: number } }>(
      app,
      `select action, actor_id::text as actor, details from audit_event where subject_id = ? and action like 'MEETING_MINUTES_%' order by sequence`,
      [meetingId],
    );
    const moderatorId = await userId(app, 'moderator');
    expect(audited.map((row) => [row.action, row.actor, row.details.version])).toEqual([
      ['MEETING_MINUTES_EDITED', moderatorId, draft.version],
      ['MEETING_MINUTES_EDITED', moderatorId, edited.version],
      ['MEETING_MINUTES_PUBLISHED', moderatorId, published.version],
    ]);
  });

  it('refuse a meeting that has not ended, and an edit with unconfirmed victim data', async () => {
    const live = await liveMeeting(app);
    const early = await app.gql(GENERATE, { id: live }, { as: await app.cookieOf('moderator') });
    expect([code(early), reason(early)]).toEqual(['CONFLICT', 'MEETING_NOT_ENDED']);
    const meetingId = await ranMeeting();
    const draft = (await as(app, 'moderator', GENERATE, { id: meetingId })).generateMeetingMinutes;
    const leaked = await app.gql(
      UPDATE,
      { input: { meetingId, expectedVersion: draft.version, source: `${draft.source}\nVictim PESEL 44051401359.` } },
      { as: await app.cookieOf('moderator') },
    );
    expect(leaked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', guardrail: { field: 'source' } });
    expect((await as(app, 'moderator', MINUTES, { id: meetingId })).meeting.minutes.version).toBe(draft.version);
  });

  it('of the demo Rīga meeting are published with its decisions and action items; its open item is carried to the spring meeting', async () => {
    const [riga, spring] = await Promise.all(
      ['Regional expert group meeting', 'Regional expert group meeting (spring)'].map(
        async (title) => (await sql<{ id: string }>(app, `select id::text from meeting where title = ?`, [title]))[0]!.id,
      ),
    );
    const { meeting } = await as(app, 'member.pl', `query ($id: ID!) { meeting(id: $id) { minutes { status source } } }`, { id: riga });
    expect(meeting.minutes.status).toBe('PUBLISHED');
    expect(meeting.minutes.source).toContain('1. Adopt a shared referral checklist');
    expect(meeting.minutes.source).toMatch(/- Ask the Lithuanian municipalities to name their contact points: .+, by 2026-12-01 \(done\)/);
    expect(meeting.minutes.source).toContain('| Online | 3 |');
    const carried = await as(app, 'member.pl', `query ($id: ID!) { meeting(id: $id) { carriedActionItems { text meetingId } } }`, {
      id: spring,
    });
    expect(carried.meeting.carriedActionItems).toEqual([
      { text: 'Translate the referral checklist into Latvian and share it in the forum', meetingId: riga },
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { as, code, END, liveMeeting, userId } from './outcome.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const ITEM = `id text ownerName dueOn status meetingId meetingTitle viewerCanUpdate`;
const ADD_NOTE = `mutation ($input: AddMeetingNoteInput!) { addMeetingNote(input: $input) { id kind text } }`;
const ADD_ITEM = `mutation ($input: AddMeetingActionItemInput!) { addMeetingActionItem(input: $input) { ${ITEM} } }`;
const SET_STATUS = `mutation ($input: SetMeetingActionItemStatusInput!) { setMeetingActionItemStatus(input: $input) { ${ITEM} } }`;
const OUTCOMES = `query ($id: ID!) { meeting(id: $id) { notes { kind text } actionItems { ${ITEM} } carriedActionItems { ${ITEM} }
  liveState { notes { text } actionItems { id viewerCanUpdate } } } }`;

describe('notes, decisions and action items', () => {
  it('are recorded by hosts during the meeting and read by participants, live state included', async () => {
    const meetingId = await liveMeeting(app);
    await as(app, 'moderator', ADD_NOTE, { input: { id: randomUUID(), meetingId, kind: 'NOTE', text: 'Latvia presented its pathway.' } });
    await as(app, 'moderator', ADD_NOTE, { input: { id: randomUUID(), meetingId, kind: 'DECISION', text: 'Adopt the shared checklist.' } });
    const item = (
      await as(app, 'moderator', ADD_ITEM, {
        input: {
          id: randomUUID(),
          meetingId,
          text: 'Translate the checklist',
          ownerId: await userId(app, 'member.lv'),
          dueOn: '2027-06-30',
        },
      })
    ).addMeetingActionItem;
    expect(item).toMatchObject({ status: 'OPEN', dueOn: '2027-06-30', viewerCanUpdate: true });
    const { meeting } = await as(app, 'member.pl', OUTCOMES, { id: meetingId });
    expect(meeting.notes).toEqual([
      { kind: 'NOTE', text: 'Latvia presented its pathway.' },
      { kind: 'DECISION', text: 'Adopt the shared checklist.' },
    ]);
    expect(meeting.actionItems).toEqual([expect.objectContaining({ id: item.id, viewerCanUpdate: false })]);
    expect(meeting.liveState.actionItems).toEqual([{ id: item.id, viewerCanUpdate: false }]);
    expect(meeting.liveState.notes).toHaveLength(2);
  });

  it('refuses participants, an owner who does not take part and notes after the meeting', async () => {
    const meetingId = await liveMeeting(app);
    const note = { id: randomUUID(), meetingId, kind: 'DECISION', text: 'Meet again in spring.' };
    expect(code(await app.gql(ADD_NOTE, { input: note }, { as: await app.cookieOf('member.lv') }))).toBe('FORBIDDEN');
    const declinedOwner = await app.gql(
      ADD_ITEM,
      { input: { id: randomUUID(), meetingId, text: 'Report back', ownerId: await userId(app, 'coordinator.lt') } },
      { as: await app.cookieOf('moderator') },
    );
    expect(declinedOwner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.ownerId' }] });
    const badDate = await app.gql(
      ADD_ITEM,
      { input: { id: randomUUID(), meetingId, text: 'Report back', ownerId: await userId(app, 'member.lv'), dueOn: '2027-02-30' } },
      { as: await app.cookieOf('moderator') },
    );
    expect(code(badDate)).toBe('BAD_USER_INPUT');
    await as(app, 'moderator', END, { id: meetingId });
    const late = await app.gql(ADD_NOTE, { input: note }, { as: await app.cookieOf('moderator') });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_NOT_RUNNING' });
  });

  it('carries open action items to the next meetings of the series until their owner marks them done', async () => {
    const first = await liveMeeting(app);
    const owner = await userId(app, 'member.lv');
    const open = (
      await as(app, 'moderator', ADD_ITEM, { input: { id: randomUUID(), meetingId: first, text: 'Map the shelters', ownerId: owner } })
    ).addMeetingActionItem;
    const done = (
      await as(app, 'moderator', ADD_ITEM, { input: { id: randomUUID(), meetingId: first, text: 'Send the slides', ownerId: owner } })
    ).addMeetingActionItem;
    await as(app, 'moderator', END, { id: first });
    await as(app, 'member.lv', SET_STATUS, { input: { id: done.id, status: 'DONE' } });
    const second = await liveMeeting(app, { live: false, followsId: first });
    const third = await liveMeeting(app, { live: false, followsId: second });
    for (const next of [second, third]) {
      const { meeting } = await as(app, 'member.pl', OUTCOMES, { id: next });
      expect(meeting.carriedActionItems).toEqual([
        expect.objectContaining({ id: open.id, meetingId: first, status: 'OPEN', viewerCanUpdate: false }),
      ]);
    }
    expect(code(await app.gql(SET_STATUS, { input: { id: open.id, status: 'DONE' } }, { as: await app.cookieOf('member.pl') }))).toBe(
      'FORBIDDEN',
    );
    const closed = (await as(app, 'member.lv', SET_STATUS, { input: { id: open.id, status: 'DONE' } })).setMeetingActionItemStatus;
    expect(closed.status).toBe('DONE');
    expect((await as(app, 'member.pl', OUTCOMES, { id: third })).meeting.carriedActionItems).toEqual([]);
  });

  it('counts the same statements for a page of meetings with their outcomes at two page sizes', async () => {
    const moderator = await app.cookieOf('moderator');
    const run = (first: number) =>
      app.countStatements(() =>
        app.gql(
          `{ meetings(first: ${first}, when: UPCOMING) { edges { node { polls { id } questions { id } notes { id } actionItems { id }
            carriedActionItems { id } minutes { status } } } } }`,
          {},
          { as: moderator },
        ),
      );
    const small = await run(2);
    const large = await run(20);
    expect(large.length).toBe(small.length);
    // Session, page, count, then one statement per kind of outcome (six), whatever the page size.
    expect(small.length).toBeLessThan(12);
  });
});

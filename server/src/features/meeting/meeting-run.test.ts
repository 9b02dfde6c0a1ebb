import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import {
  agendaItem,
  BALANCE,
  CALL,
  CHECK_IN,
  END,
  EXTEND,
  FINISH,
  LEAVE,
  LIVE_STATE,
  LOWER,
  meetingWithParticipants,
  MOVE,
  RAISE,
  saveAgenda,
  SAVE_AGENDA,
  START,
  userIdOf,
} from './meeting-live.test-support.js';
import { makeMeeting, sql } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const code = (result: { errors?: readonly { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;
const as = (name: Parameters<TestApp['cookieOf']>[0]) => app.cookieOf(name).then((cookie) => ({ as: cookie }));

describe('status', () => {
  it('goes SCHEDULED → LIVE → ENDED by a host; the agenda moves only while LIVE; others are refused', async () => {
    const id = await meetingWithParticipants(app);
    const [first] = await saveAgenda(app, id, [agendaItem('Welcome', 10)]).then((agenda) => agenda.items);
    const early = await app.gql(MOVE, { input: { meetingId: id, fromItemId: null, direction: 'NEXT' } }, await as('moderator'));
    expect(early.errors?.[0]).toMatchObject({ message: expect.stringContaining('not live'), extensions: { code: 'CONFLICT' } });
    expect(code(await app.gql(START, { id }, await as('member.lv')))).toBe('FORBIDDEN');
    const started = await app.gql(START, { id }, await as('moderator'));
    expect(started.data?.startMeeting.status).toBe('LIVE');
    expect((await app.gql(START, { id }, await as('moderator'))).data?.startMeeting.status).toBe('LIVE');
    const moved = await app.gql(MOVE, { input: { meetingId: id, fromItemId: null, direction: 'NEXT' } }, await as('moderator'));
    expect(moved.data?.moveMeetingAgenda.liveState.agenda.nowDiscussing.itemId).toBe(first.id);
    const ended = await app.gql(END, { id }, await as('moderator'));
    expect(ended.data?.endMeeting.liveState).toMatchObject({ status: 'ENDED', endedAt: expect.any(String) });
    expect(ended.data?.endMeeting.liveState.agenda.nowDiscussing).toBeNull();
    expect(code(await app.gql(END, { id }, await as('moderator')))).toBe('CONFLICT');
    expect(code(await app.gql(RAISE, { meetingId: id }, await as('member.lv')))).toBe('CONFLICT');
  });

  it('refuses to start a DRAFT without a date', async () => {
    const { id } = await makeMeeting(app, { startsAt: null, endsAt: null }, { draft: true });
    const result = await app.gql(START, { id }, await as('moderator'));
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('date'), extensions: { code: 'CONFLICT' } });
  });
});

describe('agenda', () => {
  it('computes times from the meeting start, keeps ids on reorder and refuses a stale version with the current one', async () => {
    const id = await meetingWithParticipants(app);
    const lv = await userIdOf(app, 'member.lv');
    const items = [
      agendaItem('Welcome', 10),
      agendaItem('Referral checklist', 45, { presenterId: lv, links: [{ url: 'https://example.org/checklist', label: 'Draft' }] }),
    ];
    const agenda = await saveAgenda(app, id, items);
    const [start] = await sql<{ starts_at: Date }>(app, `select starts_at from meeting where id = ?`, [id]);
    const t0 = new Date(start!.starts_at).getTime();
    expect(agenda.version).toBe(1);
    expect(agenda.items.map((item: any) => [item.title, Date.parse(item.startsAt) - t0, Date.parse(item.endsAt) - t0])).toEqual([
      ['Welcome', 0, 10 * 60_000],
      ['Referral checklist', 10 * 60_000, 55 * 60_000],
    ]);
    expect(agenda.items[1].presenter).toMatchObject({ userId: lv, countryCode: 'LV' });
    expect(agenda.items[1].links).toEqual([{ url: 'https://example.org/checklist', label: 'Draft' }]);

    // Reordered by one host; another host still holding version 1 saves later: CONFLICT naming the current version.
    const reordered = await saveAgenda(app, id, [items[1]!, items[0]!], 1);
    expect(reordered.items.map((item: any) => item.id)).toEqual([items[1]!.id, items[0]!.id]);
    const stale = await app.gql(SAVE_AGENDA, { input: { meetingId: id, expectedVersion: 1, items: [items[0]] } }, await as('moderator'));
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', agendaVersion: 2 });
    const state = await app.gql(LIVE_STATE, { id }, await as('member.pl'));
    expect(state.data?.meeting.liveState.agenda.items.map((item: any) => item.id)).toEqual([items[1]!.id, items[0]!.id]);
  });

  it('refuses negative, overlapping and overlong times, strangers as presenters, and participants as editors', async () => {
    const id = await meetingWithParticipants(app);
    const save = async (items: unknown[], name: 'moderator' | 'member.lv' = 'moderator') =>
      app.gql(SAVE_AGENDA, { input: { meetingId: id, expectedVersion: 0, items } }, await as(name));
    const field = (result: Awaited<ReturnType<typeof save>>) => result.errors?.[0]?.extensions?.fieldErrors?.[0]?.field;
    expect(field(await save([agendaItem('Welcome', -5)]))).toBe('input.items.0.plannedMinutes');
    const [start] = await sql<{ starts_at: Date }>(app, `select starts_at from meeting where id = ?`, [id]);
    const t0 = new Date(start!.starts_at).getTime();
    const overlapping = [agendaItem('Welcome', 30), agendaItem('Lunch talk', 30, { fixedStartsAt: new Date(t0 + 20 * 60_000) })];
    expect(field(await save(overlapping))).toBe('input.items.1.fixedStartsAt');
    expect(field(await save([agendaItem('Before', 10, { fixedStartsAt: new Date(t0 - 60_000) })]))).toBe('input.items.0.fixedStartsAt');
    expect(field(await save([agendaItem('Too long', 121), agendaItem('Past the end', 5)]))).toBe('input.items.0.plannedMinutes');
    const stranger = await userIdOf(app, 'coordinator.lt');
    expect(field(await save([agendaItem('Talk', 10, { presenterId: stranger })]))).toBe('input.items.0.presenterId');
    expect(code(await save([agendaItem('Mine', 10)], 'member.lv'))).toBe('FORBIDDEN');
    const [row] = await sql<{ n: number; version: number }>(
      app,
      `select (select count(*)::int from meeting_agenda_item where meeting_id = ?) as n, agenda_version as version from meeting where id = ?`,
      [id, id],
    );
    expect(row).toEqual({ n: 0, version: 0 });
  });
});

describe('now discussing', () => {
  it('advances, goes back, extends; a repeated move from the same item changes nothing', async () => {
    const id = await meetingWithParticipants(app);
    const items = [agendaItem('Welcome', 10), agendaItem('Checklist', 40), agendaItem('Next steps', 20)];
    await saveAgenda(app, id, items);
    await app.gql(START, { id }, await as('moderator'));
    const move = async (fromItemId: string | null, direction: 'NEXT' | 'PREVIOUS') =>
      (await app.gql(MOVE, { input: { meetingId: id, fromItemId, direction } }, await as('moderator'))).data?.moveMeetingAgenda.liveState
        .agenda.nowDiscussing;
    expect((await move(null, 'NEXT')).itemId).toBe(items[0]!.id);
    expect((await move(items[0]!.id, 'NEXT')).itemId).toBe(items[1]!.id);
    expect((await move(items[0]!.id, 'NEXT')).itemId).toBe(items[1]!.id);
    expect((await move(items[1]!.id, 'PREVIOUS')).itemId).toBe(items[0]!.id);
    const extended = await app.gql(EXTEND, { input: { meetingId: id, itemId: items[0]!.id, minutes: 5 } }, await as('moderator'));
    const now = extended.data?.extendMeetingAgendaItem.liveState.agenda.nowDiscussing;
    expect(now.extraMinutes).toBe(5);
    expect(Date.parse(now.plannedEndsAt) - Date.parse(now.startedAt)).toBe(15 * 60_000);
    const wrong = await app.gql(EXTEND, { input: { meetingId: id, itemId: items[2]!.id, minutes: 5 } }, await as('moderator'));
    expect(code(wrong)).toBe('CONFLICT');
    expect(
      code(await app.gql(MOVE, { input: { meetingId: id, fromItemId: items[0]!.id, direction: 'PREVIOUS' } }, await as('moderator'))),
    ).toBe('CONFLICT');
    expect(
      code(await app.gql(MOVE, { input: { meetingId: id, fromItemId: items[0]!.id, direction: 'NEXT' } }, await as('member.lv'))),
    ).toBe('FORBIDDEN');
  });
});

describe('speaker queue', () => {
  it('orders hands by raise, or balanced by country, and calls, finishes and lowers them', async () => {
    const id = await meetingWithParticipants(app);
    await app.gql(START, { id }, await as('moderator'));
    const [lv, pl] = [await userIdOf(app, 'member.lv'), await userIdOf(app, 'member.pl')];
    // member.lv speaks once (Latvia has a turn), then raises again; member.pl raises after.
    await app.gql(RAISE, { meetingId: id }, await as('member.lv'));
    let state = (await app.gql(CALL, { meetingId: id }, await as('moderator'))).data?.callNextSpeaker.liveState;
    expect(state.speakerQueue.speaking.person.userId).toBe(lv);
    await app.gql(FINISH, { meetingId: id, requestId: state.speakerQueue.speaking.id }, await as('member.lv'));
    await app.gql(RAISE, { meetingId: id }, await as('member.lv'));
    await app.gql(RAISE, { meetingId: id }, await as('member.lv'));
    state = (await app.gql(RAISE, { meetingId: id }, await as('member.pl'))).data?.raiseHand.liveState;
    expect(state.speakerQueue.waiting.map((r: any) => r.person.userId)).toEqual([lv, pl]);
    expect(state.speakerQueue.turnsByCountry).toEqual([{ countryCode: 'LV', turns: 1 }]);
    state = (await app.gql(BALANCE, { meetingId: id, balanced: true }, await as('moderator'))).data?.setSpeakerBalance.liveState;
    expect(state.speakerQueue.waiting.map((r: any) => r.person.userId)).toEqual([pl, lv]);
    state = (await app.gql(CALL, { meetingId: id }, await as('moderator'))).data?.callNextSpeaker.liveState;
    expect(state.speakerQueue.speaking.person.userId).toBe(pl);
    const viewerState = await app.gql(LIVE_STATE, { id }, await as('member.lv'));
    const lvRequest = viewerState.data?.meeting.liveState.speakerQueue.viewerRequestId;
    expect(lvRequest).toBe(state.speakerQueue.waiting[0].id);
    state = (await app.gql(LOWER, { meetingId: id }, await as('member.lv'))).data?.lowerHand.liveState;
    expect(state.speakerQueue.waiting).toEqual([]);
    expect(code(await app.gql(CALL, { meetingId: id }, await as('moderator')))).toBe('CONFLICT');
    expect(code(await app.gql(CALL, { meetingId: id }, await as('member.pl')))).toBe('FORBIDDEN');
  });

  it('is closed to members who do not take part', async () => {
    const id = await meetingWithParticipants(app, { visibility: 'NETWORK' });
    await app.gql(START, { id }, await as('moderator'));
    expect(code(await app.gql(RAISE, { meetingId: id }, await as('coordinator.lt')))).toBe('FORBIDDEN');
  });
});

describe('attendance', () => {
  it('counts check-ins per country against the accepted, by the participant or a host, and leaves', async () => {
    const id = await meetingWithParticipants(app);
    const pl = await userIdOf(app, 'member.pl');
    await app.gql(CHECK_IN, { input: { meetingId: id } }, await as('member.lv'));
    const byHost = await app.gql(CHECK_IN, { input: { meetingId: id, userId: pl, inPerson: true } }, await as('moderator'));
    const attendance = byHost.data?.checkInToMeeting.liveState.attendance;
    expect(attendance.presentCount).toBe(2);
    expect(attendance.byCountry).toEqual([
      { countryCode: 'LV', present: 1, expected: 1, attended: 1 },
      { countryCode: 'PL', present: 1, expected: 1, attended: 1 },
    ]);
    expect(attendance.present.find((a: any) => a.person.userId === pl).inPerson).toBe(true);
    expect(code(await app.gql(CHECK_IN, { input: { meetingId: id, userId: pl } }, await as('member.lv')))).toBe('FORBIDDEN');
    const left = await app.gql(LEAVE, { input: { meetingId: id } }, await as('member.lv'));
    expect(left.data?.leaveMeeting.liveState.attendance).toMatchObject({ presentCount: 1, attendedCount: 2, viewerPresent: false });
    const stranger = await userIdOf(app, 'coordinator.lt');
    const refused = await app.gql(CHECK_IN, { input: { meetingId: id, userId: stranger } }, await as('moderator'));
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('input.userId');
  });
});

describe('demo data', () => {
  it('has the past Rīga meeting as it ran and Latvia’s round table with an agenda to run', async () => {
    const [riga, latvia] = await sql<{ id: string }>(
      app,
      `select id from meeting where title in ('Regional expert group meeting', 'Latvia: national round table') order by title desc`,
    );
    const past = (await app.gql(LIVE_STATE, { id: riga!.id }, await as('member.pl'))).data?.meeting.liveState;
    expect(past.status).toBe('ENDED');
    expect(past.agenda.items.map((item: any) => item.title)).toHaveLength(5);
    expect(past.agenda.items[3].startsAt).toBe('2026-10-14T10:30:00.000Z');
    expect(past.attendance).toMatchObject({ presentCount: 0, attendedCount: 5 });
    expect(past.speakerQueue.turnsByCountry).toEqual([
      { countryCode: 'LT', turns: 1 },
      { countryCode: 'LV', turns: 1 },
      { countryCode: 'PL', turns: 2 },
    ]);
    const upcoming = (await app.gql(LIVE_STATE, { id: latvia!.id }, await as('member.lv'))).data?.meeting.liveState;
    expect(upcoming).toMatchObject({ status: 'SCHEDULED', agenda: { version: 1, nowDiscussing: null } });
    expect(upcoming.agenda.items.map((item: any) => item.plannedMinutes)).toEqual([15, 45, 60, 30]);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { userIdOf } from '../forum/forum.test-support.js';
import {
  CREATE_MEETING,
  expertIdOf,
  invite,
  INVITE,
  makeMeeting,
  MEETING,
  meetingInput,
  RSVP,
  sql,
  UPDATE_MEETING,
} from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const code = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;
const countMeetings = async () => (await sql<{ n: number }>(app, `select count(*)::int as n from meeting`))[0]!.n;

describe('createMeeting', () => {
  it('lets a moderator plan a meeting once however often it is retried, as a DRAFT they host', async () => {
    const as = await app.cookieOf('moderator');
    const input = meetingInput();
    const first = await app.gql(CREATE_MEETING, { input }, { as });
    const retry = await app.gql(CREATE_MEETING, { input }, { as });
    expect(first.errors).toBeUndefined();
    expect(retry.data!.createMeeting).toEqual(first.data!.createMeeting);
    expect(first.data!.createMeeting).toMatchObject({ status: 'DRAFT', timeZone: 'Europe/Riga', viewerCan: { manage: true } });
  });

  it('refuses members, regional meetings to coordinators, and asks anonymous visitors to sign in', async () => {
    expect(code(await app.gql(CREATE_MEETING, { input: meetingInput() }, { as: await app.cookieOf('member.lv') }))).toBe('FORBIDDEN');
    expect(code(await app.gql(CREATE_MEETING, { input: meetingInput() }, { as: await app.cookieOf('coordinator.lv') }))).toBe('FORBIDDEN');
    const national = await app.gql(
      CREATE_MEETING,
      { input: meetingInput({ level: 'NATIONAL', countryCode: 'LV', visibility: 'SCOPE' }) },
      { as: await app.cookieOf('coordinator.lv') },
    );
    expect(national.errors).toBeUndefined();
    expect(code(await app.gql(CREATE_MEETING, { input: meetingInput() }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an end before the start and an unknown time zone, changing nothing', async () => {
    const as = await app.cookieOf('moderator');
    const before = await countMeetings();
    const backwards = await app.gql(
      CREATE_MEETING,
      { input: meetingInput({ startsAt: '2027-03-01T10:00:00.000Z', endsAt: '2027-03-01T09:00:00.000Z' }) },
      { as },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.endsAt' }] });
    const zone = await app.gql(CREATE_MEETING, { input: meetingInput({ timeZone: 'Europe/Atlantis' }) }, { as });
    expect(zone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.timeZone' }] });
    expect(await countMeetings()).toBe(before);
  });
});

describe('the purpose', () => {
  it('passes the victim-data guardrail: refused with a finding until the host confirms it', async () => {
    const as = await app.cookieOf('moderator');
    const before = await countMeetings();
    const purpose = 'Discuss the case of PESEL 44051401359';
    const refused = await app.gql(CREATE_MEETING, { input: meetingInput({ purpose }) }, { as });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', guardrail: { field: 'purpose' } });
    expect(await countMeetings()).toBe(before);
    const confirmations = [{ kind: 'NATIONAL_ID', text: '44051401359' }];
    const confirmed = await app.gql(CREATE_MEETING, { input: meetingInput({ purpose, confirmations }) }, { as });
    expect(confirmed.errors).toBeUndefined();
  });
});

describe('the demo meetings', () => {
  it('hold a past Rīga expert group, an open date poll, a national round table per country and a local group', async () => {
    const as = await app.cookieOf('member.lv');
    const LIST = `query ($when: MeetingWhen!) { meetings(first: 50, when: $when) { edges { node { title status countryCode dateSlots { id } } } } }`;
    const titles = async (when: string) =>
      (
        (await app.gql(LIST, { when }, { as })).data!.meetings.edges as { node: { title: string; status: string; dateSlots: unknown[] } }[]
      ).map((e) => e.node);
    expect(await titles('PAST')).toContainEqual(expect.objectContaining({ title: 'Regional expert group meeting', status: 'ENDED' }));
    const upcoming = await titles('UPCOMING');
    const poll = upcoming.find((m) => m.title === 'Regional expert group meeting (spring)');
    expect(poll).toMatchObject({ status: 'DRAFT' });
    expect(poll!.dateSlots).toHaveLength(3);
    expect(upcoming.map((m) => m.title)).toEqual(expect.arrayContaining(['Latvia: national round table', 'Rīga local cooperation group']));
    const [row] = await sql<{ n: number }>(app, `select count(*)::int as n from meeting where title like '%: national round table'`);
    expect(row!.n).toBe(9);
  });
});

describe('invitations and RSVP', () => {
  it('seats YES answers up to capacity, then keeps a waiting list; a freed seat goes to the first waiting, who is told', async () => {
    const meeting = await makeMeeting(app, { capacity: 1 });
    expect((await invite(app, meeting.id, ['member.lv', 'member.pl'])).errors).toBeUndefined();
    const lv = await app.cookieOf('member.lv');
    const pl = await app.cookieOf('member.pl');
    const yesLv = await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES', note: 'Arriving by train' } }, { as: lv });
    expect(yesLv.data!.rsvpMeeting).toMatchObject({ viewerStatus: 'ACCEPTED', onlineLink: 'https://meet.example.org/strom-regional' });
    const yesPl = await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: pl });
    expect(yesPl.data!.rsvpMeeting).toMatchObject({ viewerStatus: 'WAITING', onlineLink: null, hasOnlineLink: true, waitingCount: 1 });
    await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'NO' } }, { as: lv });
    const after = await app.gql(MEETING, { id: meeting.id }, { as: pl });
    expect(after.data!.meeting).toMatchObject({ viewerStatus: 'ACCEPTED', acceptedCount: 1, waitingCount: 0 });
    // The notice is a worker's job after the commit: wait for it, in any process.
    const plId = await userIdOf(app, 'member.pl');
    await vi.waitFor(
      async () =>
        expect(
          await sql(app, `select 1 from notification where recipient_id = ? and kind = 'MEETING_SEAT' and subject_id = ?`, [
            plId,
            meeting.id,
          ]),
        ).toHaveLength(1),
      { timeout: 15_000, interval: 50 },
    );
  });

  it('shows RSVP notes to hosts and their author only', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.lv', 'member.pl']);
    await app.gql(
      RSVP,
      { input: { meetingId: meeting.id, answer: 'MAYBE', note: 'Depends on my flight' } },
      { as: await app.cookieOf('member.lv') },
    );
    const notes = async (as: string) =>
      ((await app.gql(MEETING, { id: meeting.id }, { as })).data!.meeting.participants as { note: string | null }[]).map((p) => p.note);
    expect(await notes(await app.cookieOf('moderator'))).toContain('Depends on my flight');
    expect(await notes(await app.cookieOf('member.lv'))).toContain('Depends on my flight');
    expect(await notes(await app.cookieOf('member.pl'))).not.toContain('Depends on my flight');
  });

  it('refuses an RSVP to a cancelled meeting and a capacity below the seats given, changing nothing', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.lv', 'member.pl']);
    await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: await app.cookieOf('member.lv') });
    await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: await app.cookieOf('member.pl') });
    const mod = await app.cookieOf('moderator');
    const lower = await app.gql(UPDATE_MEETING, { input: { id: meeting.id, expectedVersion: meeting.version, capacity: 1 } }, { as: mod });
    expect(lower.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.capacity' }] });
    const cancel = await app.gql(
      `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status cancelReason } }`,
      {
        input: { id: meeting.id, reason: 'The venue flooded' },
      },
      { as: mod },
    );
    expect(cancel.data!.cancelMeeting).toEqual({ status: 'CANCELLED', cancelReason: 'The venue flooded' });
    const late = await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'NO' } }, { as: await app.cookieOf('member.lv') });
    expect(late.errors?.[0]).toMatchObject({ message: 'This meeting was cancelled', extensions: { code: 'CONFLICT' } });
    const [row] = await sql<{ status: string }>(
      app,
      `select p.status from meeting_participant p join app_user u on u.id = p.user_id
      where p.meeting_id = ? and u.email = 'member.lv@demo.strom.invalid'`,
      [meeting.id],
    );
    expect(row!.status).toBe('ACCEPTED');
  });

  it('refuses to invite a suspended member and keeps INVITED meetings from those not invited', async () => {
    const meeting = await makeMeeting(app);
    const suspended = await app.gql(
      INVITE,
      { input: { meetingId: meeting.id, expertIds: [await expertIdOf(app, 'suspended')] } },
      {
        as: await app.cookieOf('moderator'),
      },
    );
    expect(suspended.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.expertIds' }] });
    const outsider = await app.gql(MEETING, { id: meeting.id }, { as: await app.cookieOf('member.pl') });
    expect(outsider.data!.meeting).toBeNull();
    const rsvp = await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: await app.cookieOf('member.pl') });
    expect(code(rsvp)).toBe('NOT_FOUND');
  });

  it('invites a municipality’s contact points in one step', async () => {
    const meeting = await makeMeeting(app);
    const [place] = await sql<{ municipality_id: string; n: number }>(
      app,
      `select ra.municipality_id, count(distinct u.id)::int as n from role_assignment ra join app_user u on u.expert_id = ra.expert_id
        where ra.role = 'MUNICIPAL_CONTACT_POINT' and u.status = 'ACTIVE' and u.deleted_at is null
        group by ra.municipality_id order by ra.municipality_id limit 1`,
    );
    if (!place) throw new Error('the demo data has no municipal contact point with an account');
    const invited = await app.gql(
      INVITE,
      { input: { meetingId: meeting.id, municipalityIds: [place.municipality_id] } },
      {
        as: await app.cookieOf('moderator'),
      },
    );
    expect(invited.data!.inviteToMeeting.invitedCount).toBe(place.n);
  });
});

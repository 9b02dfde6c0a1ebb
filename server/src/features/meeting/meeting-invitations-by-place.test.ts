import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeMeeting, sql } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const INVITE_CONTACT_POINTS = `mutation ($input: InviteContactPointsInput!) {
  inviteContactPoints(input: $input) {
    invitedCount contactPointCount withoutContactPoint { municipalityId name countryCode }
    meeting { id invitedCount participants { userId } }
  }
}`;

const CONTACT_POINTS = `select m.id::text as id, m.name, trim(m.country_code) as country_code, count(distinct u.id)::int as n
  from municipality m
  left join role_assignment ra on ra.municipality_id = m.id and ra.role = 'MUNICIPAL_CONTACT_POINT'
    and (ra.starts_on is null or ra.starts_on <= current_date) and (ra.ends_on is null or ra.ends_on >= current_date)
  left join app_user u on u.expert_id = ra.expert_id and u.status = 'ACTIVE' and u.deleted_at is null
  where m.country_code = ? group by m.id, m.name, m.country_code order by m.name`;

interface Place {
  id: string;
  name: string;
  country_code: string;
  n: number;
}

/** The demo network's municipalities of `country` with and without an active contact point. */
async function placesOf(country: string): Promise<{ staffed: Place[]; empty: Place[] }> {
  const rows = await sql<Place>(app, CONTACT_POINTS, [country]);
  return { staffed: rows.filter((row) => row.n > 0), empty: rows.filter((row) => row.n === 0) };
}

describe('inviteContactPoints', () => {
  it('invites the contact points of three municipalities in each of two countries in one step, and a retry invites nobody twice', async () => {
    const meeting = await makeMeeting(app, {}, { draft: true });
    const lv = (await placesOf('LV')).staffed.slice(0, 3);
    const lt = (await placesOf('LT')).staffed.slice(0, 3);
    expect(lv).toHaveLength(3);
    expect(lt).toHaveLength(3);
    const places = [...lv, ...lt];
    const expected = places.reduce((sum, place) => sum + place.n, 0);
    const input = { meetingId: meeting.id, municipalityIds: places.map((place) => place.id) };
    const as = await app.cookieOf('moderator');
    const first = await app.gql(INVITE_CONTACT_POINTS, { input }, { as });
    expect(first.errors).toBeUndefined();
    expect(first.data!.inviteContactPoints).toMatchObject({ invitedCount: expected, contactPointCount: expected, withoutContactPoint: [] });
    expect(first.data!.inviteContactPoints.meeting.invitedCount).toBe(expected);
    const retry = await app.gql(INVITE_CONTACT_POINTS, { input }, { as });
    expect(retry.data!.inviteContactPoints).toMatchObject({ invitedCount: 0, contactPointCount: expected });
    const events = await sql(app, `select 1 from meeting_event where meeting_id = ? and kind = 'PARTICIPANTS_INVITED'`, [meeting.id]);
    expect(events).toHaveLength(1);
  });

  it('names each municipality without a contact point and invites nobody, unless told to skip them', async () => {
    const meeting = await makeMeeting(app, {}, { draft: true });
    const { staffed, empty } = await placesOf('LV');
    expect(empty.length).toBeGreaterThan(0);
    const as = await app.cookieOf('moderator');
    const input = { meetingId: meeting.id, municipalityIds: [staffed[0]!.id, empty[0]!.id] };
    const refused = await app.gql(INVITE_CONTACT_POINTS, { input }, { as });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      withoutContactPoint: [{ municipalityId: empty[0]!.id, name: empty[0]!.name, countryCode: 'LV' }],
    });
    expect(refused.errors?.[0]?.message).toContain(empty[0]!.name);
    expect(await sql(app, `select 1 from meeting_participant where meeting_id = ? and status = 'INVITED'`, [meeting.id])).toHaveLength(0);

    const skipped = await app.gql(INVITE_CONTACT_POINTS, { input: { ...input, skipWithoutContactPoint: true } }, { as });
    expect(skipped.data!.inviteContactPoints).toMatchObject({
      invitedCount: staffed[0]!.n,
      withoutContactPoint: [{ municipalityId: empty[0]!.id }],
    });
  });

  it('refuses when none of the municipalities has a contact point, even when skipping', async () => {
    const meeting = await makeMeeting(app, {}, { draft: true });
    const { empty } = await placesOf('LV');
    const result = await app.gql(
      INVITE_CONTACT_POINTS,
      { input: { meetingId: meeting.id, municipalityIds: [empty[0]!.id], skipWithoutContactPoint: true } },
      { as: await app.cookieOf('moderator') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses unknown municipalities, non-hosts and cancelled meetings', async () => {
    const meeting = await makeMeeting(app, { visibility: 'NETWORK' });
    const { staffed } = await placesOf('LV');
    const input = { meetingId: meeting.id, municipalityIds: [staffed[0]!.id] };
    const unknown = await app.gql(
      INVITE_CONTACT_POINTS,
      { input: { ...input, municipalityIds: [meeting.id] } },
      { as: await app.cookieOf('moderator') },
    );
    expect(unknown.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.municipalityIds', message: 'No such municipality' }]);
    const member = await app.gql(INVITE_CONTACT_POINTS, { input }, { as: await app.cookieOf('member.lv') });
    // A member sees a NETWORK meeting but may not manage it.
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await app.gql(
      `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`,
      {
        input: { id: meeting.id, reason: 'Postponed' },
      },
      { as: await app.cookieOf('moderator') },
    );
    const cancelled = await app.gql(INVITE_CONTACT_POINTS, { input }, { as: await app.cookieOf('moderator') });
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('contactPointPlaces and meetingPlanning', () => {
  it('lists a country’s municipalities with their contact point counts', async () => {
    const { staffed, empty } = await placesOf('LT');
    const result = await app.gql(
      `{ contactPointPlaces(countryCode: "LT") { municipalityId name contactPointCount latitude } }`,
      {},
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    const places = result.data!.contactPointPlaces as { municipalityId: string; contactPointCount: number; latitude: number }[];
    expect(places).toHaveLength(staffed.length + empty.length);
    expect(places.find((p) => p.municipalityId === staffed[0]!.id)?.contactPointCount).toBe(staffed[0]!.n);
    expect(places[0]!.latitude).toBeGreaterThan(50);
    const bad = await app.gql(`{ contactPointPlaces(countryCode: "Latvia") { name } }`, {}, { as: await app.cookieOf('member.pl') });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says where each viewer may plan', async () => {
    const planning = async (who: 'moderator' | 'coordinator.lv' | 'member.lv') =>
      (await app.gql(`{ meetingPlanning { canPlan regional countryCodes } }`, {}, { as: await app.cookieOf(who) })).data!.meetingPlanning;
    expect(await planning('moderator')).toEqual({ canPlan: true, regional: true, countryCodes: null });
    expect(await planning('coordinator.lv')).toEqual({ canPlan: true, regional: false, countryCodes: ['LV'] });
    expect(await planning('member.lv')).toEqual({ canPlan: false, regional: false, countryCodes: [] });
  });

  it('finds members with an active account by name, never suspended ones', async () => {
    const [row] = await sql<{ full_name: string; user_id: string }>(
      app,
      `select x.full_name, u.id::text as user_id from app_user u join expert x on x.id = u.expert_id where u.email = ?`,
      ['suspended@demo.strom.invalid'],
    );
    const [active] = await sql<{ full_name: string; user_id: string }>(
      app,
      `select x.full_name, u.id::text as user_id from app_user u join expert x on x.id = u.expert_id where u.email = ?`,
      ['contact.riga@demo.strom.invalid'],
    );
    const find = async (text: string) =>
      (
        (
          await app.gql(
            `query ($text: String!) { meetingCandidates(text: $text) { userId name } }`,
            { text },
            { as: await app.cookieOf('moderator') },
          )
        ).data!.meetingCandidates as { userId: string }[]
      ).map((c) => c.userId);
    expect(await find(active!.full_name)).toContain(active!.user_id);
    expect(await find(row!.full_name)).not.toContain(row!.user_id);
    expect(await find('a')).toEqual([]);
  });
});

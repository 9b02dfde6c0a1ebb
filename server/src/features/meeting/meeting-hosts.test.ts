import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { userIdOf } from '../forum/forum.test-support.js';
import { invite, makeMeeting, sql } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const ADD_HOST = `mutation ($input: MeetingHostInput!) {
  addMeetingHost(input: $input) { id hosts { userId } viewerCan { manage appointHost } }
}`;
const REMOVE_HOST = `mutation ($input: MeetingHostInput!) {
  removeMeetingHost(input: $input) { id hosts { userId } }
}`;
const VIEWER_CAN = `query ($id: ID!) { meeting(id: $id) { viewerCan { manage appointHost } } }`;

describe('co-hosts', () => {
  it('a host makes an invited participant a co-host, who then manages the meeting; a retry changes nothing', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.lv', 'member.pl']);
    const lv = await app.cookieOf('member.lv');
    const lvId = await userIdOf(app, 'member.lv');
    const add = async (who: 'member.lv' | 'member.pl', as: string) =>
      app.gql(ADD_HOST, { input: { meetingId: meeting.id, userId: await userIdOf(app, who) } }, { as });

    expect((await app.gql(VIEWER_CAN, { id: meeting.id }, { as: lv })).data!.meeting.viewerCan).toEqual({
      manage: false,
      appointHost: false,
    });
    const refused = await add('member.pl', lv);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mod = await app.cookieOf('moderator');
    const added = await add('member.lv', mod);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addMeetingHost.hosts.map((h: { userId: string }) => h.userId)).toContain(lvId);
    expect((await app.gql(VIEWER_CAN, { id: meeting.id }, { as: lv })).data!.meeting.viewerCan).toEqual({
      manage: true,
      appointHost: true,
    });

    const again = await add('member.lv', mod);
    expect(again.errors).toBeUndefined();
    expect(await sql(app, `select 1 from meeting_host where meeting_id = ? and user_id = ?`, [meeting.id, lvId])).toHaveLength(1);
    expect(await sql(app, `select 1 from audit_event where action = 'MEETING_HOST_ADDED' and subject_id = ?`, [meeting.id])).toHaveLength(
      1,
    );

    // The new co-host appoints in turn.
    const byCoHost = await add('member.pl', lv);
    expect(byCoHost.errors).toBeUndefined();
    expect(byCoHost.data!.addMeetingHost.hosts).toHaveLength(3);
  });

  it('refuses someone not invited, or who declined, and changes nothing', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.pl']);
    await app.gql(
      `mutation ($input: RsvpInput!) { rsvpMeeting(input: $input) { id } }`,
      { input: { meetingId: meeting.id, answer: 'NO' } },
      { as: await app.cookieOf('member.pl') },
    );
    const mod = await app.cookieOf('moderator');
    for (const who of ['member.lv', 'member.pl'] as const) {
      const answer = await app.gql(ADD_HOST, { input: { meetingId: meeting.id, userId: await userIdOf(app, who) } }, { as: mod });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await sql(app, `select 1 from meeting_host where meeting_id = ?`, [meeting.id])).toHaveLength(1);
  });

  it('a host removes a co-host, audit-logged and told live; never the last host; a retry changes nothing', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.lv', 'member.pl']);
    const [mod, lv, pl] = [await app.cookieOf('moderator'), await app.cookieOf('member.lv'), await app.cookieOf('member.pl')];
    const lvId = await userIdOf(app, 'member.lv');
    const remove = (userId: string, as: string) => app.gql(REMOVE_HOST, { input: { meetingId: meeting.id, userId } }, { as });
    const [creator] = await sql<{ user_id: string }>(app, `select user_id::text from meeting_host where meeting_id = ?`, [meeting.id]);
    const creatorId = creator!.user_id;
    expect((await app.gql(ADD_HOST, { input: { meetingId: meeting.id, userId: lvId } }, { as: mod })).errors).toBeUndefined();

    // A participant who does not host may not remove anyone.
    expect((await remove(lvId, pl)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The co-host removes the meeting's creator: the co-host is now its only host.
    const removed = await remove(creatorId, lv);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeMeetingHost.hosts.map((h: { userId: string }) => h.userId)).toEqual([lvId]);
    const retried = await remove(creatorId, lv);
    expect(retried.errors).toBeUndefined();
    expect(await sql(app, `select 1 from audit_event where action = 'MEETING_HOST_REMOVED' and subject_id = ?`, [meeting.id])).toHaveLength(
      1,
    );
    const events = await sql<{ kind: string; payload: { userId: string; isHost: boolean } }>(
      app,
      `select kind, payload from meeting_event where meeting_id = ? and kind = 'HOST_CHANGED' order by sequence`,
      [meeting.id],
    );
    expect(events.map((e) => e.payload)).toEqual([
      { userId: lvId, isHost: true },
      { userId: creatorId, isHost: false },
    ]);

    // The last host stays, even when a moderator asks; nothing changes.
    const last = await remove(lvId, mod);
    expect(last.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(last.errors?.[0]?.message).toMatch(/at least one host/);
    expect(await sql(app, `select user_id::text from meeting_host where meeting_id = ?`, [meeting.id])).toEqual([{ user_id: lvId }]);
  });
});

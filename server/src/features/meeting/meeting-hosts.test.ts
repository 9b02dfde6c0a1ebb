import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { userIdOf } from '../forum/forum.test-support.js';
import { invite, makeMeeting, sql } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const ADD_HOST = `mutation ($input: AddMeetingHostInput!) {
  addMeetingHost(input: $input) { id hosts { userId } viewerCan { manage appointHost } }
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
});

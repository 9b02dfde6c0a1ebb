import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type DemoAccountName, type TestApp } from '../test/harness.js';
import { connectSocket, subscribe } from '../test/subscribe.js';

/** A socket's rights are the session's rights of the moment: per operation, and per live event. */
const FEED = `subscription { networkActivity { node { id kind } } }`;
type FeedEvent = { networkActivity: { node: { id: string; kind: string } } };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const sql = <T extends object = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  app.orm.em.fork().getConnection().execute<T[]>(statement, params);

/** A session of its own (the harness's cached cookies stay untouched). Accounts without two-factor only. */
async function freshSession(name: DemoAccountName): Promise<string> {
  const result = await app.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`, {
    input: { email: demoEmail(name), password: DEMO_PASSWORD },
  });
  const cookie = result.setCookie?.find((c) => c.startsWith('strom_session='))?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in as ${name}: ${JSON.stringify(result.errors)}`);
  return cookie;
}

/** A members-only entry (a profile edit), published like a command would after its commit. */
async function publishMembersOnlyEntry(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into network_activity (id, kind, occurred_at) values (gen_random_uuid(), 'PROFILE_UPDATED', now()) returning id`,
  );
  app.services.events.publish('NETWORK_ACTIVITY', { activityId: row!.id });
  return row!.id;
}

describe('live events follow the session', () => {
  it('stop, and the socket closes, when the session is revoked (sign-out)', async () => {
    const cookie = await freshSession('member.lv');
    const feed = await subscribe<FeedEvent>(app.url, FEED, { cookie });
    try {
      const first = await publishMembersOnlyEntry();
      expect((await feed.next()).networkActivity.node.id).toBe(first);
      expect((await app.gql(`mutation { signOut }`, {}, { as: cookie })).errors).toBeUndefined();
      expect(await feed.closed).toEqual({ code: 4403, reason: 'Session ended' });
      await publishMembersOnlyEntry();
      await expect(feed.next(300)).rejects.toThrow(/no event/);
    } finally {
      await feed.close();
    }
  });

  it('stop, and the socket closes, when the member is suspended', async () => {
    const cookie = await freshSession('member.pl');
    const me = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: cookie });
    const feed = await subscribe<FeedEvent>(app.url, FEED, { cookie });
    const admin = await app.cookieOf('admin');
    try {
      await publishMembersOnlyEntry();
      expect((await feed.next()).networkActivity.node.kind).toBe('PROFILE_UPDATED');
      const suspended = await app.gql(`mutation ($id: ID!) { suspendMember(id: $id) { id } }`, { id: me.data!.viewer.id }, { as: admin });
      expect(suspended.errors).toBeUndefined();
      expect((await feed.closed).code).toBe(4403);
      await publishMembersOnlyEntry();
      await expect(feed.next(300)).rejects.toThrow(/no event/);
    } finally {
      await feed.close();
      await app.gql(`mutation ($id: ID!) { reactivateMember(id: $id) { id } }`, { id: me.data!.viewer.id }, { as: admin });
    }
  });

  it('closes the socket when the session expires, with no request in between', async () => {
    const cookie = await freshSession('moderator');
    await sql(
      `update session set expires_at = now() + interval '1500 milliseconds'
        where revoked_at is null and user_id = (select id from app_user where email = ?)`,
      [demoEmail('moderator')],
    );
    const feed = await subscribe<FeedEvent>(app.url, FEED, { cookie });
    try {
      const closed = await Promise.race([feed.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 5000))]);
      expect(closed).toEqual({ code: 4403, reason: 'Session ended' });
    } finally {
      await feed.close();
    }
  });
});

describe('each operation on a socket acts for the session as it is now', () => {
  it('loses admin powers as soon as two-factor is off, on a socket opened before', async () => {
    const socket = await connectSocket(app.url, { cookie: await app.cookieOf('admin') });
    const AUDIT = `{ auditEvents(first: 1) { totalCount } }`;
    try {
      const before = await socket.request<{ auditEvents: { totalCount: number } }>(AUDIT);
      expect(before.errors).toBeUndefined();
      expect(before.data!.auditEvents.totalCount).toBeGreaterThan(0);
      await sql(`update app_user set totp_enabled = false where email = ?`, [demoEmail('admin')]);
      const after = await socket.request(AUDIT);
      expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await sql(`update app_user set totp_enabled = true where email = ?`, [demoEmail('admin')]);
      await socket.close();
    }
  });

  it('closes the socket when its session was revoked behind its back', async () => {
    const cookie = await freshSession('member.lv');
    const socket = await connectSocket(app.url, { cookie });
    try {
      expect((await socket.request<{ viewer: { id: string } | null }>(`{ viewer { id } }`)).data?.viewer).not.toBeNull();
      // No event is published: only the per-operation check can notice.
      await sql(`update session set revoked_at = now() where revoked_at is null and user_id = (select id from app_user where email = ?)`, [
        demoEmail('member.lv'),
      ]);
      void socket.request(`{ viewer { id } }`).catch(() => undefined);
      expect(await socket.closed).toEqual({ code: 4403, reason: 'Session ended' });
    } finally {
      await socket.close();
    }
  });
});

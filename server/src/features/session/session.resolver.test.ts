import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { signIn } from '../member/member.test-support.js';

const MY_SESSIONS = `{ mySessions { id userAgent createdAt lastSeenAt current } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const VIEWER = `{ viewer { email } }`;

type SessionNode = { id: string; userAgent: string | null; createdAt: string; lastSeenAt: string; current: boolean };

let app: TestApp;
let first: string;
let second: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  first = await app.cookieOf('member.lv');
  second = (await signIn(app, { email: demoEmail('member.lv'), password: DEMO_PASSWORD }, { 'user-agent': 'Second device/1.0' })).cookie!;
});
afterAll(() => app?.close());

async function sessionsOf(cookie: string): Promise<SessionNode[]> {
  const result = await app.gql<{ mySessions: SessionNode[] }>(MY_SESSIONS, {}, { as: cookie });
  expect(result.errors).toBeUndefined();
  return result.data!.mySessions;
}

describe('your sessions', () => {
  it('are for signed-in members only', async () => {
    expect((await app.gql(MY_SESSIONS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the live sessions, marking the one in use', async () => {
    const sessions = await sessionsOf(first);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.find((s) => !s.current)).toMatchObject({ userAgent: 'Second device/1.0' });
    expect(sessions.map((s) => s.lastSeenAt)).toEqual(
      sessions
        .map((s) => s.lastSeenAt)
        .toSorted()
        .toReversed(),
    );
    for (const session of sessions) expect(Date.parse(session.createdAt)).toBeLessThanOrEqual(Date.now());
    // Another member sees only their own.
    const other = await sessionsOf(await app.cookieOf('member.pl'));
    expect(other.map((s) => s.id)).not.toContain(sessions[0]!.id);
  });

  it("answers NOT_FOUND for someone else's session, and it keeps working", async () => {
    const target = (await sessionsOf(second)).find((s) => s.current)!;
    const result = await app.gql(REVOKE, { id: target.id }, { as: await app.cookieOf('member.pl') });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(VIEWER, {}, { as: second })).data!.viewer).toEqual({ email: demoEmail('member.lv') });
    expect((await app.gql(REVOKE, { id: 'not-an-id' }, { as: first })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('revokes another session and closes its WebSocket at once', async () => {
    const target = (await sessionsOf(second)).find((s) => s.current)!;
    const feed = await subscribe(app.url, `subscription { networkActivity { node { id } } }`, {
      cookie: second,
      origin: new URL(app.config.publicUrl).origin,
    });
    try {
      const result = await app.gql(REVOKE, { id: target.id }, { as: first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.revokeSession).toBe(true);
      const closed = await Promise.race([feed.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 3000))]);
      expect(closed).toMatchObject({ code: 4403 });
    } finally {
      await feed.close();
    }
    expect((await app.gql(VIEWER, {}, { as: second })).data!.viewer).toBeNull();
    expect((await sessionsOf(first)).map((s) => s.id)).not.toContain(target.id);
    // Revoking it again: it is no longer there.
    expect((await app.gql(REVOKE, { id: target.id }, { as: first })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [entry] = await app.orm.em.fork().find(AuditEvent, { action: 'SESSION_REVOKED' }, { orderBy: { sequence: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ subjectType: 'user', details: { current: false } });
    expect(JSON.stringify(entry)).not.toContain(target.id);
  });

  it('revoking the session in use signs out and clears the cookie', async () => {
    const current = (await sessionsOf(first)).find((s) => s.current)!;
    const result = await app.gql(REVOKE, { id: current.id }, { as: first });
    expect(result.data!.revokeSession).toBe(true);
    expect(result.setCookie?.some((c) => c.startsWith('strom_session=;') && c.includes('Max-Age=0'))).toBe(true);
    expect((await app.gql(VIEWER, {}, { as: first })).data!.viewer).toBeNull();
  });
});

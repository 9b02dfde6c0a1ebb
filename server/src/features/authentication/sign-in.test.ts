import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../db/seed/demo-accounts.js';
import { currentTotp, demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { User } from '../user/user.entity.js';

const SIGN_IN = /* GraphQL */ `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      totpRequired
      viewer {
        id
        email
        networkRole
        totpEnabled
        can {
          administer
        }
      }
    }
  }
`;
const VIEWER = `{ viewer { email networkRole coordinatorOf { code } expert { fullName } can { inviteMembers proposeMembers approveInvitations administer } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const cookieFrom = (setCookie: string[] | undefined) => setCookie?.find((c) => c.includes('strom_session='));

describe('signIn', () => {
  it('starts a session in an httpOnly, SameSite=Lax cookie that identifies the member', async () => {
    const result = await app.gql(SIGN_IN, { input: { email: 'Member.LV@demo.strom.invalid', password: DEMO_PASSWORD } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn).toMatchObject({ totpRequired: false, viewer: { email: demoEmail('member.lv'), networkRole: 'MEMBER' } });
    const cookie = cookieFrom(result.setCookie)!;
    expect(cookie).toMatch(/^strom_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=259\d{4}$/);
    const viewer = await app.gql(VIEWER, {}, { as: cookie.split(';')[0] });
    expect(viewer.data!.viewer).toMatchObject({
      email: demoEmail('member.lv'),
      can: { proposeMembers: true, inviteMembers: false, administer: false },
    });
  });

  it('stores only a hash of the session token', async () => {
    const result = await app.gql(SIGN_IN, { input: { email: demoEmail('member.pl'), password: DEMO_PASSWORD } });
    const token = cookieFrom(result.setCookie)!.split(';')[0]!.split('=')[1]!;
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from session where token_hash = ?`, [token]);
    expect(rows[0]!.n).toBe(0);
  });

  it('answers unknown emails, wrong passwords and suspended accounts with the same message', async () => {
    const attempts = [
      { email: 'nobody@demo.strom.invalid', password: DEMO_PASSWORD },
      { email: demoEmail('member.lv'), password: 'not-the-password-at-all' },
      { email: demoEmail('suspended'), password: DEMO_PASSWORD },
    ];
    const answers = [];
    for (const input of attempts) {
      const result = await app.gql(SIGN_IN, { input });
      expect(result.setCookie ?? []).toEqual([]);
      answers.push(result.errors?.[0]);
    }
    expect(new Set(answers.map((a) => JSON.stringify([a?.message, a?.extensions?.code])))).toEqual(
      new Set([JSON.stringify(['The email address or the password is not right', 'UNAUTHENTICATED'])]),
    );
  });

  it('asks for the second factor, accepts a code once and refuses its replay', async () => {
    const email = demoEmail('coordinator.lt');
    const step1 = await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(step1.data!.signIn).toEqual({ totpRequired: true, viewer: null });
    expect(cookieFrom(step1.setCookie)).toBeUndefined();

    const code = currentTotp(DEMO_TOTP_SECRET);
    const step2 = await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD, totpCode: code } });
    expect(step2.errors).toBeUndefined();
    expect(step2.data!.signIn.viewer).toMatchObject({ networkRole: 'COORDINATOR', totpEnabled: true });
    expect(cookieFrom(step2.setCookie)).toMatch(/^strom_session=[\w-]{43}; Path=\/; HttpOnly; /);

    const replay = await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD, totpCode: code } });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cookieFrom(replay.setCookie)).toBeUndefined();
  });

  it('gives coordinators their countries and powers', async () => {
    const viewer = await app.gql(VIEWER, {}, { as: await app.cookieOf('coordinator.lv') });
    expect(viewer.data!.viewer).toMatchObject({
      networkRole: 'COORDINATOR',
      coordinatorOf: [{ code: 'LV' }],
      can: { inviteMembers: true, approveInvitations: true, administer: false },
    });
  });

  // 15 aliases: the most one operation may carry (core/limits).
  it('limits 15 aliased attempts in one request like 15 requests', async () => {
    const email = demoEmail('moderator');
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: signIn(input: { email: "${email}", password: "wrong-password-${i}" }) { totpRequired }`,
    );
    const result = await app.gql(`mutation { ${aliases.join('\n')} }`);
    const codes = result.errors!.map((e) => e.extensions?.code);
    // Five free failures, the sixth starts the account's wait: the other nine are not even checked.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(6);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(9);
    const waiting = result.errors!.find((e) => e.extensions?.code === 'RATE_LIMITED');
    expect(waiting?.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it('records sign-ins and failures in the audit log without emails or passwords', async () => {
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; details: unknown }[]>(
        `select action, details from audit_event where action in ('SIGN_IN', 'SIGN_IN_FAILED')`,
      );
    expect(rows.some((r) => r.action === 'SIGN_IN')).toBe(true);
    expect(rows.some((r) => r.action === 'SIGN_IN_FAILED')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/@|password/);
  });
});

describe('signOut', () => {
  it('revokes the session on the server and clears the cookie', async () => {
    const signedIn = await app.gql(SIGN_IN, { input: { email: demoEmail('member.pl'), password: DEMO_PASSWORD } });
    const cookie = cookieFrom(signedIn.setCookie)!.split(';')[0]!;
    const out = await app.gql(`mutation { signOut }`, {}, { as: cookie });
    expect(out.data).toEqual({ signOut: true });
    expect(cookieFrom(out.setCookie)).toMatch(/^strom_session=; .*Max-Age=0/);
    // The browser might keep the old cookie: the server no longer accepts it.
    expect((await app.gql(VIEWER, {}, { as: cookie })).data).toEqual({ viewer: null });
  });

  it('ends a session after 12 idle hours', async () => {
    const signedIn = await app.gql(SIGN_IN, { input: { email: demoEmail('member.pl'), password: DEMO_PASSWORD } });
    const cookie = cookieFrom(signedIn.setCookie)!.split(';')[0]!;
    const user = await app.orm.em.fork().findOneOrFail(User, { email: demoEmail('member.pl') });
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update session set last_seen_at = now() - interval '13 hours' where user_id = ?`, [user.id]);
    expect((await app.gql(VIEWER, {}, { as: cookie })).data).toEqual({ viewer: null });
  });
});

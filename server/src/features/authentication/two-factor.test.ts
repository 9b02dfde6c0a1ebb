import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../db/seed/demo-accounts.js';
import { currentTotp, demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { signIn, storedUser } from '../member/member.test-support.js';
import { totpStep } from './totp.js';
import { nextOutboxMail, outboxMails } from '../mail/outbox.test-support.js';

const BEGIN = `mutation ($password: String!) { beginTotpSetup(password: $password) { secret otpauthUri qrCodeSvg } }`;
const RESET = `mutation ($userId: ID!) { resetTwoFactor(userId: $userId) }`;
const CONFIRM = `mutation ($code: String!) { confirmTotpSetup(code: $code) }`;
const DISABLE = `mutation ($password: String!) { disableTotp(password: $password) { email totpEnabled } }`;

let app: TestApp;
let userId: string;
const email = demoEmail('member.pl');

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const me = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf('member.pl') });
  userId = me.data!.viewer.id;
});
afterAll(() => app?.close());

/** A well-formed code that is wrong at this moment (none of the three accepted time steps). */
function wrongCode(secret: string): string {
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (totpStep(secret, code) === null) return code;
  }
}

describe('two-factor authentication', () => {
  it('is refused to anonymous visitors', async () => {
    for (const [query, variables] of [
      [BEGIN, { password: DEMO_PASSWORD }],
      [CONFIRM, { code: '123456' }],
      [DISABLE, { password: DEMO_PASSWORD }],
    ] as const) {
      const result = await app.gql(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a new setup while it is on, and keeps the secret in use', async () => {
    const admin = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf('admin') });
    const result = await app.gql(BEGIN, { password: DEMO_PASSWORD }, { as: await app.cookieOf('admin') });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedUser(app, admin.data!.viewer.id)).toMatchObject({ totpEnabled: true, totpSecret: DEMO_TOTP_SECRET });
  });

  it('needs the password to start: a stolen session alone cannot enrol its own authenticator', async () => {
    const cookie = await app.cookieOf('moderator');
    const moderator = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: cookie });
    const wrong = await app.gql(BEGIN, { password: 'not the password at all' }, { as: cookie });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password' }] });
    expect(await storedUser(app, moderator.data!.viewer.id)).toMatchObject({ totpSecret: null, totpEnabled: false });
  });

  it('sets up with a QR code, confirms with a code, then signs in with codes that work once', async () => {
    const cookie = await app.cookieOf('member.pl');
    const mailsBefore = (await outboxMails(app, email)).length;
    const begin = await app.gql<{ beginTotpSetup: { secret: string; otpauthUri: string; qrCodeSvg: string } }>(
      BEGIN,
      { password: DEMO_PASSWORD },
      { as: cookie },
    );
    expect(begin.errors).toBeUndefined();
    const { secret, otpauthUri, qrCodeSvg } = begin.data!.beginTotpSetup;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Strom:.+\?.*secret=/);
    expect(qrCodeSvg).toContain('<svg');
    // Stored, but not trusted yet: signing in still needs no code.
    expect(await storedUser(app, userId)).toMatchObject({ totpSecret: secret, totpEnabled: false });
    expect((await signIn(app, { email, password: DEMO_PASSWORD })).cookie).not.toBeNull();

    for (const code of [wrongCode(secret), 'abc', '1'.repeat(21)]) {
      const refused = await app.gql(CONFIRM, { code }, { as: cookie });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await storedUser(app, userId)).totpEnabled).toBe(false);

    const confirmCode = currentTotp(secret);
    const confirmed = await app.gql<{ confirmTotpSetup: string[] }>(CONFIRM, { code: confirmCode }, { as: cookie });
    expect(confirmed.errors).toBeUndefined();
    const recoveryCodes = confirmed.data!.confirmTotpSetup;
    expect(recoveryCodes).toHaveLength(10);
    // The owner hears of it, whoever did it.
    const enabledMail = await nextOutboxMail(app, email, mailsBefore);
    expect(enabledMail.subject).toBe('Two-factor authentication is on');
    expect(enabledMail.body).not.toContain(secret);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    const stored = await storedUser(app, userId);
    expect(stored).toMatchObject({ totpEnabled: true, totpSecret: secret });
    expect(stored.recoveryCodeHashes).toHaveLength(10);
    expect(stored.recoveryCodeHashes.some((hash) => recoveryCodes.some((code) => hash.includes(code.replaceAll('-', ''))))).toBe(false);
    expect((await app.gql(CONFIRM, { code: confirmCode }, { as: cookie })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await app.gql<{ viewer: { totpEnabled: boolean } }>(`{ viewer { totpEnabled } }`, {}, { as: cookie })).data!.viewer.totpEnabled,
    ).toBe(true);

    expect(await signIn(app, { email, password: DEMO_PASSWORD })).toMatchObject({ cookie: null, totpRequired: true });
    // The code that confirmed the setup was used: it cannot sign in.
    expect((await signIn(app, { email, password: DEMO_PASSWORD, totpCode: confirmCode })).error?.code).toBe('UNAUTHENTICATED');
    const nextCode = currentTotp(secret, Date.now() + 30_000);
    expect((await signIn(app, { email, password: DEMO_PASSWORD, totpCode: nextCode })).cookie).not.toBeNull();
    expect(await signIn(app, { email, password: DEMO_PASSWORD, totpCode: nextCode })).toMatchObject({
      cookie: null,
      error: { code: 'UNAUTHENTICATED', message: 'The code is not right, or was used already' },
    });
    expect((await signIn(app, { email, password: DEMO_PASSWORD, recoveryCode: recoveryCodes[3]!.toUpperCase() })).cookie).not.toBeNull();
    expect((await signIn(app, { email, password: DEMO_PASSWORD, recoveryCode: recoveryCodes[3]! })).error?.code).toBe('UNAUTHENTICATED');
    expect((await storedUser(app, userId)).recoveryCodeHashes).toHaveLength(9);
  });

  it('turns off only with the password', async () => {
    const cookie = await app.cookieOf('member.pl');
    const wrong = await app.gql(DISABLE, { password: 'not-the-password' }, { as: cookie });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password' }] });
    expect((await storedUser(app, userId)).totpEnabled).toBe(true);

    const mailsBefore = (await outboxMails(app, email)).length;
    const result = await app.gql(DISABLE, { password: DEMO_PASSWORD }, { as: cookie });
    expect(result.errors).toBeUndefined();
    expect((await nextOutboxMail(app, email, mailsBefore)).subject).toBe('Two-factor authentication is off');
    expect(result.data!.disableTotp).toEqual({ email, totpEnabled: false });
    expect(await storedUser(app, userId)).toMatchObject({
      totpEnabled: false,
      totpSecret: null,
      totpLastStep: null,
      recoveryCodeHashes: [],
    });
    expect(await signIn(app, { email, password: DEMO_PASSWORD })).toMatchObject({ totpRequired: false, error: null });
  });

  it('records turning on and off in the audit log, without secrets', async () => {
    const entries = await app.orm.em
      .fork()
      .find(AuditEvent, { subjectId: userId, action: { $in: ['TOTP_ENABLED', 'TOTP_DISABLED'] } }, { orderBy: { sequence: 'asc' } });
    expect(entries.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ['TOTP_ENABLED', userId, {}],
      ['TOTP_DISABLED', userId, {}],
    ]);
  });
});

describe('resetTwoFactor', () => {
  it('lets an admin with two-factor turn off a member’s second factor: audited, and the member is told', async () => {
    const target = demoEmail('coordinator.lt');
    const coordinator = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf('coordinator.lt') });
    const targetId = coordinator.data!.viewer.id;
    const admin = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf('admin') });
    const mailsBefore = (await outboxMails(app, target)).length;

    const result = await app.gql(RESET, { userId: targetId }, { as: await app.cookieOf('admin') });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ resetTwoFactor: true });
    expect(await storedUser(app, targetId)).toMatchObject({ totpEnabled: false, totpSecret: null, recoveryCodeHashes: [] });
    const [entry] = await app.orm.em.fork().find(AuditEvent, { action: 'TOTP_RESET', subjectId: targetId });
    expect(entry).toMatchObject({ actorId: admin.data!.viewer.id, subjectType: 'user', details: {} });
    expect((await nextOutboxMail(app, target, mailsBefore)).subject).toBe('Two-factor authentication was turned off by an administrator');
    expect(await signIn(app, { email: target, password: DEMO_PASSWORD })).toMatchObject({ totpRequired: false, error: null });
  });

  it('is refused to the admin for their own account, to coordinators, members and anonymous visitors', async () => {
    const admin = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf('admin') });
    const adminId = admin.data!.viewer.id;
    const own = await app.gql(RESET, { userId: adminId }, { as: await app.cookieOf('admin') });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const name of ['coordinator.lv', 'member.lv'] as const) {
      const refused = await app.gql(RESET, { userId: adminId }, { as: await app.cookieOf(name) });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(RESET, { userId: adminId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await storedUser(app, adminId)).toMatchObject({ totpEnabled: true, totpSecret: DEMO_TOTP_SECRET });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { nextOutboxMail, outboxMails, tokenFrom } from '../mail/outbox.test-support.js';
import { PasswordReset } from './password-reset.entity.js';
import { User } from '../user/user.entity.js';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { email } } }`;
const LINK_INVALID = 'This reset link is not valid any more';
const NEW_PASSWORD = 'a brand new and long passphrase';

let app: TestApp;
const member = demoEmail('member.lv');

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const viewerEmail = async (cookie: string) =>
  (await app.gql<{ viewer: { email: string } | null }>(`{ viewer { email } }`, {}, { as: cookie })).data!.viewer?.email ?? null;

describe('requestPasswordReset', () => {
  it('answers true for any address, and mails a one-hour link only to an active member', async () => {
    for (const email of ['nobody@example.org', demoEmail('suspended'), ` ${member.toUpperCase()} `]) {
      const result = await app.gql(REQUEST, { email });
      expect(result).toMatchObject({ data: { requestPasswordReset: true } });
    }
    const mail = await nextOutboxMail(app, member);
    expect(mail.subject).toBe('Reset your Strom password');
    expect(mail.body).toContain(`${app.config.publicUrl}/reset-password?token=`);
    expect(mail.body).toContain('expires in 1 hour');
    expect(await outboxMails(app, 'nobody@example.org')).toHaveLength(0);
    expect(await outboxMails(app, demoEmail('suspended'))).toHaveLength(0);
    const [reset] = await app.orm.em.fork().find(PasswordReset, { user: { email: member } });
    expect(Math.abs(reset!.expiresAt.getTime() - Date.now() - 3600_000)).toBeLessThan(60_000);
    expect(reset!.tokenHash).not.toBe(tokenFrom(mail.body, '/reset-password'));
  });

  it('refuses what is not an email address', async () => {
    const result = await app.gql(REQUEST, { email: 'not an address' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email' }] });
  });

  it('is rate limited per address, known or not', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await app.gql(REQUEST, { email: 'limited@example.org' });
    const limited = await app.gql(REQUEST, { email: 'limited@example.org' });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('resetPassword', () => {
  it('sets the new password once, signs out every session and audits it', async () => {
    const oldCookie = await app.cookieOf('member.lv');
    expect(await viewerEmail(oldCookie)).toBe(member);
    const before = (await outboxMails(app, member)).length;
    await app.gql(REQUEST, { email: member });
    const token = tokenFrom((await nextOutboxMail(app, member, before)).body, '/reset-password');
    // The newer link replaced the older one.
    const older = tokenFrom((await outboxMails(app, member))[0]!.body, '/reset-password');
    expect((await app.gql(RESET, { input: { token: older, newPassword: NEW_PASSWORD } })).errors?.[0]?.message).toBe(LINK_INVALID);

    const weak = await app.gql(RESET, { input: { token, newPassword: 'short' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.newPassword' }] });

    expect(await app.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toMatchObject({ data: { resetPassword: true } });
    expect(await viewerEmail(oldCookie)).toBeNull();
    const signedIn = await app.gql(SIGN_IN, { input: { email: member, password: NEW_PASSWORD } });
    expect(signedIn.data?.signIn).toEqual({ viewer: { email: member } });
    const oldPassword = await app.gql(SIGN_IN, { input: { email: member, password: DEMO_PASSWORD } });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const user = await app.orm.em.fork().findOneOrFail(User, { email: member });
    const [event] = await app.orm.em.fork().find(AuditEvent, { action: 'PASSWORD_RESET', subjectId: user.id });
    expect(event).toMatchObject({ actorId: user.id, details: { sessionsRevoked: 1 } });

    const again = await app.gql(RESET, { input: { token, newPassword: 'yet another long passphrase' } });
    expect(again.errors?.[0]).toMatchObject({ message: LINK_INVALID, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses expired, random and overlong tokens with the same message', async () => {
    const email = demoEmail('member.pl');
    await app.gql(REQUEST, { email });
    const token = tokenFrom((await nextOutboxMail(app, email)).body, '/reset-password');
    await app.orm.em.fork().nativeUpdate(PasswordReset, { user: { email } }, { expiresAt: new Date(Date.now() - 1000) });
    for (const candidate of [token, 'Zm9yZWlnbi10b2tlbi10aGF0LXdhcy1uZXZlci1pc3N1ZWQ', 'x'.repeat(500)]) {
      const result = await app.gql(RESET, { input: { token: candidate, newPassword: NEW_PASSWORD } });
      expect(result.errors?.[0]).toMatchObject({ message: LINK_INVALID, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const user = await app.orm.em.fork().findOneOrFail(User, { email }, { populate: ['passwordHash'] });
    const signedIn = await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(signedIn.data?.signIn).toEqual({ viewer: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { signIn } from '../member/member.test-support.js';

const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

describe('changePassword', () => {
  it('changes the password with the current one', async () => {
    const cookie = await app.cookieOf('member.lv');
    const result = await app.gql(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'a fresh harbour passphrase' } },
      { as: cookie },
    );
    expect(result.data).toEqual({ changePassword: true });
    expect((await signIn(app, { email: demoEmail('member.lv'), password: 'a fresh harbour passphrase' })).cookie).not.toBeNull();
  });

  it('checks the current password before opening a transaction (argon2 must not hold the connection)', async () => {
    const cookie = await app.cookieOf('moderator');
    let result;
    const statements = await app.countStatements(async () => {
      result = await app.gql(
        CHANGE,
        { input: { currentPassword: 'not the password', newPassword: 'another long passphrase' } },
        { as: cookie },
      );
    });
    expect(result!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'currentPassword' }] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => /^\s*(begin|start transaction)/i.test(sql))).toEqual([]);
  });

  it('limits guesses of the current password per account', async () => {
    const cookie = await app.cookieOf('member.pl');
    const codes = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const result = await app.gql(
        CHANGE,
        { input: { currentPassword: `wrong guess ${attempt}`, newPassword: 'another long passphrase' } },
        { as: cookie },
      );
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    // The budget is spent: even the right password waits.
    const right = await app.gql(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'another long passphrase' } },
      { as: cookie },
    );
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { signIn } from '../member/member.test-support.js';

/** The longest wait after failed attempts, kept short here: the rule is the same, the test is fast. */
const DELAY_MAX_SECONDS = 1;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo', env: { TRUST_PROXY: 'loopback', SIGN_IN_DELAY_MAX_SECONDS: String(DELAY_MAX_SECONDS) } });
});
afterAll(() => app?.close());

const from = (ip: string) => ({ 'x-forwarded-for': ip });

/** Signs in, waiting out at most `budgetMs` of RATE_LIMITED answers as a person would (they say how long). */
async function signInWaiting(email: string, password: string, ip: string, budgetMs: number) {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    const attempt = await signIn(app, { email, password }, from(ip));
    if (attempt.error?.code !== 'RATE_LIMITED' || Date.now() > deadline) return attempt;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('failed sign-ins slow an account down instead of locking it', () => {
  it('lets the right password in from another address after 10 wrong ones, within the bounded delay', async () => {
    const email = demoEmail('moderator');
    const codes = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      codes.push((await signIn(app, { email, password: `wrong password ${attempt}` }, from('198.51.100.7'))).error?.code);
    }
    // Refused (some RATE_LIMITED without a check, depending on how fast they came after the wait began).
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
    const owner = await signInWaiting(email, DEMO_PASSWORD, '203.0.113.50', DELAY_MAX_SECONDS * 1000 + 2000);
    expect(owner.error).toBeNull();
    expect(owner.cookie).not.toBeNull();
  });

  it('still limits one address trying many accounts', async () => {
    const codes = [];
    for (let attempt = 0; attempt < 51; attempt++) {
      codes.push(
        (await signIn(app, { email: `nobody.${attempt}@example.org`, password: 'wrong password' }, from('198.51.100.9'))).error?.code,
      );
    }
    expect(codes.slice(0, 50).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});

describe('the wait after failed sign-ins, with the default maximum', () => {
  let defaults: TestApp;
  beforeAll(async () => {
    defaults = await startTestApp({ data: 'demo' });
  });
  afterAll(() => defaults?.close());

  it('answers attempts during the wait with RATE_LIMITED and the seconds left, without checking the password', async () => {
    const email = demoEmail('member.pl');
    // Five failures are free; the sixth starts a wait of 2 s, and each further one doubles it.
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await signIn(defaults, { email, password: `wrong password ${attempt}` })).error?.code).toBe('UNAUTHENTICATED');
    }
    const started = Date.now();
    const waiting = await defaults.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { totpRequired } }`, {
      input: { email, password: DEMO_PASSWORD },
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(waiting.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(waiting.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(waiting.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(2);
  });
});

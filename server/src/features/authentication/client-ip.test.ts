import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
/** The per-IP budget of password reset requests (core/rate-limit.ts). */
const IP_BUDGET = 30;

/** Each request from a different claimed client address, for a different (unknown) account. */
async function resetsFromClaimedAddresses(app: TestApp, count: number): Promise<(string | undefined)[]> {
  const codes = [];
  for (let i = 0; i < count; i++) {
    const result = await app.gql(REQUEST, { email: `nobody.${i}@example.org` }, { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } });
    codes.push(result.errors?.[0]?.extensions?.code);
  }
  return codes;
}

describe('the client address behind X-Forwarded-For', () => {
  let app: TestApp | undefined;
  afterAll(() => app?.close());

  it('is ignored by default: a client cannot spread its attempts over invented addresses', async () => {
    app = await startTestApp();
    const codes = await resetsFromClaimedAddresses(app, IP_BUDGET + 1);
    expect(codes.slice(0, IP_BUDGET).every((code) => code === undefined)).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    await app.close();
    app = undefined;
  });

  it('is believed from the proxies TRUST_PROXY names', async () => {
    app = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    const codes = await resetsFromClaimedAddresses(app, IP_BUDGET + 1);
    expect(codes).toHaveLength(IP_BUDGET + 1);
    expect(codes.filter((code) => code !== undefined)).toEqual([]);
    await app.close();
    app = undefined;
  });
});

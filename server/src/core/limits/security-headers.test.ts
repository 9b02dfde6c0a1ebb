import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { onceOverSocket } from './probe-client.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { PUBLIC_URL: 'https://strom.example.org' } });
});
afterAll(() => app.close());

describe('security headers', () => {
  it('sends a strict Content-Security-Policy: scripts from this origin only, no framing', async () => {
    const response = await fetch(`${app.url}/healthz`);
    const policy = Object.fromEntries(
      (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(policy).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self' wss://strom.example.org",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
      'upgrade-insecure-requests': '',
    });
  });

  it('sends no-referrer, nosniff, DENY and HSTS on an https deployment', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('keeps the GraphQL endpoint working over HTTP and the WebSocket', async () => {
    const response = await app.gql('{ countries { code } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.countries.length).toBeGreaterThan(0);
    expect(await onceOverSocket(app.url, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('on a plain-HTTP deployment (development, tests)', () => {
  let local: TestApp;
  beforeAll(async () => {
    local = await startTestApp();
  });
  afterAll(() => local.close());

  it('lets the socket connect to ws:// and sends no HSTS nor upgrade-insecure-requests', async () => {
    const response = await fetch(`${local.url}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ws://localhost:`);
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('GraphQL answers', () => {
  it('are never stored by a browser or proxy (no-store), an error included', async () => {
    const post = (query: string) =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const answered = await post('{ countries { code } }');
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await post('{ nope }');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { onceOverSocket } from './probe-client.test-support.js';

/**
 * graphql-cop style probes: what an attacker sends to make one request cost the server a lot. Each must be
 * refused before execution with a typed error, over HTTP and over the WebSocket, signed in or not.
 */

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const PROBES: { name: string; query: string; variables?: Record<string, unknown>; code: string; message: RegExp }[] = [
  {
    name: 'a 12-level nested query',
    query: `{ organisations(first: 1) { edges { node { experts(first: 1) { edges { node { organisation {
      experts(first: 1) { edges { node { organisation { name } } } } } } } } } } } }`,
    code: 'QUERY_TOO_COMPLEX',
    message: /depth limit of 8 exceeded, found 12/,
  },
  {
    name: '50 aliases',
    query: `{ ${range(50)
      .map((i) => `a${i}: countries { code }`)
      .join(' ')} }`,
    code: 'QUERY_TOO_COMPLEX',
    message: /Aliases limit of 15 exceeded, found 50/,
  },
  {
    name: '50 aliased __typename',
    query: `{ ${range(50)
      .map((i) => `a${i}: __typename`)
      .join(' ')} }`,
    code: 'QUERY_TOO_COMPLEX',
    message: /Aliases limit of 15 exceeded/,
  },
  {
    name: '500 duplicated fields',
    query: `{ ${'__typename '.repeat(500)}}`,
    code: 'QUERY_TOO_COMPLEX',
    message: /"__typename" is repeated more than 2 times/,
  },
  {
    name: '60 directives',
    query: `query { ${'...Q @include(if: true) '.repeat(60)}} fragment Q on Query { __typename }`,
    code: 'QUERY_TOO_COMPLEX',
    message: /Directives limit of 10 exceeded, found 60/,
  },
  {
    name: 'nested pages multiplying (first from variables)',
    query: `query ($first: Int!) { organisations(first: $first) { edges { node {
      experts(first: $first) { edges { node { id fullName } } } } } } }`,
    variables: { first: 100 },
    code: 'QUERY_TOO_COMPLEX',
    message: /too expensive: its estimated cost is \d{5,}, the limit is 10000/,
  },
  {
    name: 'nested pages multiplying (literal first)',
    query: `{ organisations(first: 100) { edges { node { experts(first: 100) { edges { node { organisation { name } } } } } } } }`,
    code: 'QUERY_TOO_COMPLEX',
    message: /too expensive/,
  },
  {
    name: 'nested pages behind an argument that cannot be read (null for a non-null id)',
    query: `query ($id: ID = "1", $first: Int!) { expert(id: $id) { id } organisations(first: $first) { edges { node {
      experts(first: $first) { edges { node { id } } } } } } }`,
    variables: { id: null, first: 100 },
    code: 'BAD_USER_INPUT',
    message: /Argument "id" of non-null type "ID!" must not be null/,
  },
  {
    name: 'over a thousand tokens',
    query: `{ countries { ${'code '.repeat(1_100)}} }`,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more that 1000 tokens/,
  },
];

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app.close());

describe.each([
  ['anonymous', () => undefined],
  ['signed in', () => member],
])('refused before execution, %s', (_who, cookie) => {
  it.each(PROBES.map((p) => [p.name, p] as const))('over HTTP: %s', async (_name, probe) => {
    const response = await app.gql(probe.query, probe.variables, { as: cookie() });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe(probe.code);
    expect(response.errors?.[0]?.message).toMatch(probe.message);
  });

  it.each(PROBES.map((p) => [p.name, p] as const))('over the WebSocket: %s', async (_name, probe) => {
    const result = await onceOverSocket(app.url, probe.query, { cookie: cookie(), variables: probe.variables });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(probe.code);
    expect(result.errors?.[0]?.message).toMatch(probe.message);
  });
});

describe('what stays allowed', () => {
  it('a page of 100 organisations with their 20 first experts (the client asks for less)', async () => {
    const response = await app.gql(
      `{ organisations(first: 100) { edges { node { name experts(first: 20) { edges { node { id } } } } } } }`,
      {},
      { as: member },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organisations.edges.length).toBeGreaterThan(0);
  });

  it('a subscription within the limits over the WebSocket', async () => {
    const refused = await Promise.race([
      onceOverSocket(app.url, 'subscription { networkActivity { node { id kind } } }'),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 500)),
    ]);
    // Still running (no event yet, no error) after half a second.
    expect(refused).toBeNull();
  });
});

describe('HTTP requests', () => {
  it('refuses a batched array of operations', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('answers a body over the limit with a JSON error, not an HTML page', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than the server accepts', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers malformed JSON with a JSON error, not an HTML page with a stack trace', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

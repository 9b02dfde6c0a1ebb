import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { onceOverSocket } from './probe-client.test-support.js';

/** In production the API tells nothing about its schema that the client does not already know. */

const MISSPELT = '{ organisatons { totalCount } }';

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app.close());

  it('suggests no field names over HTTP', async () => {
    const response = await app.gql(MISSPELT);
    expect(response.errors?.[0]).toMatchObject({
      message: 'Cannot query field "organisatons" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('suggests no field names over the WebSocket', async () => {
    const result = await onceOverSocket(app.url, MISSPELT);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Cannot query field "organisatons" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses introspection over HTTP and over the WebSocket', async () => {
    const overHttp = await app.gql(getIntrospectionQuery());
    expect(overHttp.errors?.[0]?.message).toMatch(/GraphQL introspection (is not allowed|has been disabled)/);
    const overSocket = await onceOverSocket(app.url, getIntrospectionQuery());
    expect(overSocket.errors?.[0]?.message).toMatch(/GraphQL introspection (is not allowed|has been disabled)/);
  });
});

describe('outside production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('suggests field names, which helps while developing', async () => {
    const response = await app.gql(MISSPELT);
    expect(response.errors?.[0]?.message).toMatch(/Did you mean "organisations"/);
  });

  it('answers the full introspection query (GraphiQL, codegen against a dev server) within the limits', async () => {
    const overHttp = await app.gql(getIntrospectionQuery());
    expect(overHttp.errors).toBeUndefined();
    expect(overHttp.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
    const overSocket = await onceOverSocket(app.url, getIntrospectionQuery());
    expect(overSocket.errors).toBeUndefined();
    expect(overSocket.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });

  it("refuses introspection that nests lists inside themselves (graphql-js's own rule, kept over the WebSocket too)", async () => {
    const query = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    const expected = { message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect((await app.gql(query)).errors?.[0]).toMatchObject(expected);
    expect((await onceOverSocket(app.url, query)).errors?.[0]).toMatchObject(expected);
  });
});

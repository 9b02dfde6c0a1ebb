import { GraphQLError } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { formatError, NotFound } from './errors.js';

const logger = pino({ level: 'silent' });

describe('formatError', () => {
  it('passes our typed errors through with their code', () => {
    const error = new GraphQLError('The organisation was not found', { originalError: new NotFound('The organisation') });
    expect(formatError({ message: error.message, extensions: { code: 'NOT_FOUND' } }, error, logger)).toEqual({
      message: 'The organisation was not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('masks anything else as "Internal error" with a log id, without stack, SQL or paths', () => {
    const sqlError = Object.assign(new Error('relation "expert" does not exist at /srv/strom/src/x.ts'), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const wrapped = new GraphQLError(sqlError.message, { originalError: sqlError });
    const formatted = formatError(
      { message: wrapped.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } },
      wrapped,
      logger,
    );
    expect(formatted.message).toBe('Internal error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', logId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(formatted)).not.toMatch(/relation|srv|stack/);
  });
});

describe('errors over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('masks a database failure behind "Internal error"', async () => {
    await app.orm.em.fork().getConnection().execute('alter table "country" rename to "country_gone"');
    try {
      const result = await app.gql(`{ countries { code } }`);
      expect(result.errors?.[0]).toMatchObject({ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(result)).not.toMatch(/country_gone|select|stack/i);
    } finally {
      await app.orm.em.fork().getConnection().execute('alter table "country_gone" rename to "country"');
    }
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ countries { code } }' }, { query: '{ countries { code } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});

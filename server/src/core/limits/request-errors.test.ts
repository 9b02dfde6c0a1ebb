import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUnexpected, refuseBody, unexpectedErrors } from './request-errors.js';

/** express.json as the GraphQL endpoint reads bodies (app/graphql-endpoint.ts), with a logger whose lines the test reads. */
const lines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
let origin: string;
let url: string;
let close: () => void;

beforeAll(async () => {
  const readJson = express.json({ limit: '1kb' });
  const app = express();
  app.get('/broken', () => {
    throw new Error('connection string postgres://secret@db');
  });
  app.get('/pages/{*splat}', (_req, res) => {
    res.send('a page');
  });
  app.use(unexpectedErrors(logger));
  const server = createServer((req, res) => {
    if (req.url !== '/graphql') return app(req, res);
    readJson(req, res, (error?: unknown) => {
      if (!error) return res.end(JSON.stringify({ data: { ok: true } }));
      if (!refuseBody(error, res, logger)) answerUnexpected(error, res, logger);
    });
  }).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = `${origin}/graphql`;
  close = () => server.close();
});
afterAll(() => close());

const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('body-parser errors', () => {
  it('logs a body over the limit as one line with the sizes, never the body', async () => {
    lines.length = 0;
    const secret = 'password-of-someone';
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { secret, padding: 'x'.repeat(2_000) } }));
    expect(response.status).toBe(413);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'request body refused', reason: 'entity.too.large', status: 413, limit: 1024 });
    expect(lines[0]!.length).toBeGreaterThan(2_000);
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it('logs malformed JSON as one line without the text that failed to parse', async () => {
    lines.length = 0;
    const response = await post('{"variables": {"secret": "password-of-someone"}');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request body refused', reason: 'entity.parse.failed', status: 400 });
    expect(JSON.stringify(lines)).not.toContain('password-of-someone');
  });

  it('lets a well-formed body through', async () => {
    lines.length = 0;
    const response = await post('{"query": "{ __typename }"}');
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(lines).toEqual([]);
  });
});

describe('any other error', () => {
  it('is answered as a masked JSON error with a log id, and logged with that id', async () => {
    lines.length = 0;
    const response = await fetch(`${origin}/broken`);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; logId: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, logId: body.errors[0]!.extensions.logId });
  });
});

describe('an address whose %-escapes decode to no text', () => {
  it('is refused as the caller’s mistake (400), logged as a warning, not as an error of ours', async () => {
    lines.length = 0;
    const response = await fetch(`${origin}/pages/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The address is not valid', extensions: { code: 'BAD_REQUEST' } }] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'malformed address refused' });
    expect((await fetch(`${origin}/pages/%E2%82%AC`)).status).toBe(200);
  });
});

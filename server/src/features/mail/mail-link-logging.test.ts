import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { nextOutboxMail } from './outbox.test-support.js';

/** A logger whose lines the test reads: what an operator would see in the server log. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), text: () => lines.join('') };
}

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;

describe('mail links in the server log', () => {
  let app: TestApp | undefined;
  afterEach(() => app?.close());

  it('are never written by default, even in development: they are bearer tokens', async () => {
    const log = capturedLogger();
    app = await startTestApp({ data: 'demo', env: { NODE_ENV: 'development' }, logger: log.logger });
    await app.gql(REQUEST, { email: demoEmail('member.lv') });
    const mail = await nextOutboxMail(app, demoEmail('member.lv'));
    expect(mail.body).toContain('/reset-password?token=');
    expect(log.text()).toContain('"msg":"request"');
    expect(log.text()).not.toContain('token=');
  });

  it('are written with LOG_MAIL_LINKS=true (the demo)', async () => {
    const log = capturedLogger();
    app = await startTestApp({ data: 'demo', env: { NODE_ENV: 'development', LOG_MAIL_LINKS: 'true' }, logger: log.logger });
    await app.gql(REQUEST, { email: demoEmail('member.lv') });
    await nextOutboxMail(app, demoEmail('member.lv'));
    expect(log.text()).toContain('/reset-password?token=');
  });
});

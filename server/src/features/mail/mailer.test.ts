import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { APPROVE, demoPlaces, INVITE, ok, PREVIEW, type InvitationNode } from '../invitation/invitation.test-support.js';
import { OutboxMail } from './outbox-mail.entity.js';
import { outboxMails, tokenFrom } from './outbox.test-support.js';

interface Received {
  from: string;
  to: string[];
  headers: string;
  text: string;
}

/** A real SMTP listener on a free port: the outside world the app talks to, not a mock of our mailer. */
async function startSmtpListener(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const blank = raw.search(/\r?\n\r?\n/);
        const headers = blank < 0 ? raw : raw.slice(0, blank);
        const body = blank < 0 ? '' : raw.slice(blank).replace(/^\r?\n\r?\n/, '');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          headers,
          text: decodeBody(headers, body),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the SMTP listener has no port');
  return { port: address.port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Nodemailer picks quoted-printable or base64 for text parts: undo either, so the test reads what a person would. */
function decodeBody(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not arrive`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('with SMTP_URL: mails go to the SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    app = await startTestApp({ data: 'demo', env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'strom@example.org' } });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('delivers an approved invitation whose link opens the preview, and keeps nothing in the outbox', async () => {
    const places = await demoPlaces(app);
    const email = 'smtp.invitee@example.org';
    // coordinator.lv invites for Lithuania: it waits for Lithuania's coordinator, and no mail leaves yet.
    const invitation = await ok<InvitationNode>(
      app.gql(
        INVITE,
        { input: { email, countryCode: 'LT', organisationId: places.ltOrganisation.id } },
        { as: await app.cookieOf('coordinator.lv') },
      ),
    );
    expect(invitation.status).toBe('AWAITING_APPROVAL');
    expect(smtp.received).toHaveLength(0);

    await ok(app.gql(APPROVE, { id: invitation.id }, { as: await app.cookieOf('coordinator.lt') }));
    const message = await waitFor(() => smtp.received.find((m) => m.to.includes(email)), 'the invitation mail');
    expect(message.from).toBe('strom@example.org');
    expect(message.headers).toMatch(/^subject: Your invitation to Strom$/im);
    expect(message.text).toContain(places.ltOrganisation.name);
    expect(message.text).toContain('expires in 7 days');

    const token = tokenFrom(message.text, '/invitations/accept');
    const preview = await app.gql<{ invitationPreview: { email: string; countryName: string } }>(PREVIEW, { token });
    expect(preview.data?.invitationPreview).toMatchObject({ email, countryName: 'Lithuania' });
    expect(await app.orm.em.fork().count(OutboxMail)).toBe(0);
  });
});

describe('without SMTP_URL: mails land in the outbox table', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ data: 'demo' });
  });
  afterAll(() => app?.close());

  it('stores the invitation mail with its link', async () => {
    const places = await demoPlaces(app);
    const email = 'outbox.invitee@example.org';
    await ok(
      app.gql(
        INVITE,
        { input: { email, countryCode: 'LV', organisationId: places.lvOrganisation.id } },
        { as: await app.cookieOf('coordinator.lv') },
      ),
    );
    const [mail, ...others] = await outboxMails(app, email);
    expect(others).toHaveLength(0);
    expect(mail).toMatchObject({ recipient: email, subject: 'Your invitation to Strom' });
    const preview = await app.gql(PREVIEW, { token: tokenFrom(mail!.body, '/invitations/accept') });
    expect(preview.data?.invitationPreview).toMatchObject({ email, countryName: 'Latvia' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { APPROVE, demoPlaces, INVITE, ok, PREVIEW, type InvitationNode } from '../invitation/invitation.test-support.js';
import { OutboxMail } from './outbox-mail.entity.js';
import { outboxMails, tokenFrom } from './outbox.test-support.js';
import { startSmtpListener } from './smtp-listener.test-support.js';

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

import type { TestApp } from '../../test/harness.js';
import { OutboxMail } from './outbox-mail.entity.js';

/** Test support: mails that landed in the outbox table (the app runs without SMTP_URL), once the runner caught up. */
export async function outboxMails(app: TestApp, recipient: string): Promise<OutboxMail[]> {
  await app.drainEffects();
  return app.orm.em.fork().find(OutboxMail, { recipient }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Waits for the next mail to a recipient beyond `already` ones: some mails leave in the background. */
export async function nextOutboxMail(app: TestApp, recipient: string, already = 0, timeoutMs = 5000): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await outboxMails(app, recipient);
    const mail = mails[already];
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail #${already + 1} to ${recipient} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The token of the first link to `path` in a mail body. */
export function tokenFrom(body: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\?token=([\\w%-]+)`).exec(body);
  if (!match?.[1]) throw new Error(`no ${path} link in the mail:\n${body}`);
  return decodeURIComponent(match[1]);
}
